"""Alliance Graph: a knowledge graph of the actors who fight trafficking in human beings.

`graph` holds the domain model, the Neo4j store and loader, the local Neo4j, the projection to
networkx, the analytics and the service that the CLI and the API share.
"""

__version__ = "0.2.0"
