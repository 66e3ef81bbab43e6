"""Vocabulary of the parser, kept as data: currencies, units, scales, hedges, metrics, entities.

Every table here was written for this project from general knowledge of how trade and
logistics news in English writes quantities (ISO 4217 codes, SI units, the shipping
industry's TEU and barrels, the region's place and organisation names). No list was
copied from another project.
"""
