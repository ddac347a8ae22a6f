# The side panels' words: the actor inspector, the Campaign and Plan tabs, rounds, workshop.
