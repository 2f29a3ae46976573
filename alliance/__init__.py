"""Alliance Graph: a knowledge graph of the actors who fight trafficking in human beings."""

__version__ = "0.1.0"
