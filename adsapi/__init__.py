"""Toolkit for the X Ads API description: spec loader and model, checks and command line."""

__version__ = "0.1.0"
