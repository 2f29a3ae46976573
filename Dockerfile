# The API image for docker-compose.yml: loads the bundled data into NEO4J_URI, then serves.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md requirements.lock ./
COPY graph ./graph
COPY ingest ./ingest
COPY api ./api
COPY viz ./viz
COPY cli ./cli
COPY cypher ./cypher
COPY data ./data
COPY neo4j-embedded/pom.xml neo4j-embedded/pom.xml
COPY neo4j-embedded/src neo4j-embedded/src
RUN pip install --no-cache-dir -c requirements.lock .
EXPOSE 8000
CMD ["sh", "-c", "alliance load data && alliance serve --host 0.0.0.0 --port 8000 --no-local"]
