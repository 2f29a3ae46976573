module alliancegraph/benchmarks/loadgen

go 1.26
