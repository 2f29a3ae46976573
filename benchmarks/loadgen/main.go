// Command loadgen drives an HTTP server with N closed-loop clients over keep-alive
// connections and prints one JSON object: requests, seconds, errors and every latency.
//
// It exists because a load generator written in Python, on the same two cores as the
// server it measures, spends as much CPU as the server and adds its own event-loop
// delays to the tail latencies it reports. benchmarks/api.py builds it on first use and
// falls back to its Python client when Go is missing.
//
// The URLs to ask for come on standard input, one per line: request i asks for line
// i modulo their number (one line: the same URL every time). Every client first sends
// one request of its own, not measured, so that the measured ones run on open
// connections, as they would between a server and its steady clients.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type result struct {
	Requests  int       `json:"requests"`
	Seconds   float64   `json:"seconds"`
	Errors    int       `json:"errors"`
	Latencies []float64 `json:"latencies"` // seconds, in the order the requests ended
}

func main() {
	base := flag.String("base", "", "the server, e.g. http://127.0.0.1:8000")
	clients := flag.Int("clients", 1, "concurrent clients, each on its own connection")
	maxRequests := flag.Int("requests", 500, "measured requests, at most")
	maxSeconds := flag.Float64("seconds", 15, "seconds of measured requests, at most")
	flag.Parse()
	if *base == "" || *clients < 1 || *maxRequests < 1 || *maxSeconds <= 0 {
		fmt.Fprintln(os.Stderr, "usage: loadgen -base URL [-clients N] [-requests N] [-seconds S] < urls")
		os.Exit(2)
	}
	var paths []string
	scanner := bufio.NewScanner(os.Stdin)
	for scanner.Scan() {
		if line := strings.TrimSpace(scanner.Text()); line != "" {
			paths = append(paths, line)
		}
	}
	if len(paths) == 0 {
		fmt.Fprintln(os.Stderr, "loadgen: no URL on standard input")
		os.Exit(2)
	}

	transport := &http.Transport{
		MaxIdleConns:        *clients,
		MaxIdleConnsPerHost: *clients,
		MaxConnsPerHost:     *clients,
		DisableCompression:  true,
		IdleConnTimeout:     time.Minute,
	}
	client := &http.Client{Transport: transport, Timeout: 120 * time.Second}
	get := func(i int) (time.Duration, bool) {
		t0 := time.Now()
		response, err := client.Get(*base + paths[i%len(paths)])
		if err != nil {
			return time.Since(t0), false
		}
		_, err = io.Copy(io.Discard, response.Body)
		response.Body.Close()
		return time.Since(t0), err == nil && response.StatusCode == http.StatusOK
	}

	var warm sync.WaitGroup
	for range *clients {
		warm.Go(func() { get(0) })
	}
	warm.Wait()

	var (
		next      atomic.Int64
		mu        sync.Mutex
		latencies = make([]float64, 0, *maxRequests)
		errors    int
		clientsWG sync.WaitGroup
	)
	start := time.Now()
	deadline := start.Add(time.Duration(*maxSeconds * float64(time.Second)))
	for range *clients {
		clientsWG.Go(func() {
			for time.Now().Before(deadline) {
				i := int(next.Add(1))
				if i > *maxRequests {
					return
				}
				took, ok := get(i)
				mu.Lock()
				latencies = append(latencies, took.Seconds())
				if !ok {
					errors++
				}
				mu.Unlock()
			}
		})
	}
	clientsWG.Wait()
	elapsed := time.Since(start).Seconds()
	out := result{Requests: len(latencies), Seconds: elapsed, Errors: errors, Latencies: latencies}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}
