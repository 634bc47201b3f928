"""The sandbox's targeting data: the catalogs the targeting look-ups search, and the synthetic
audience figures (estimates, suggestions, keyword volumes) computed from a request.

- `catalog`: every targeting option the look-ups can return, from pycountry (countries, their
  first-level subdivisions, languages) and from the data files in `data/` (everything no
  maintained library has). `is_known(targeting_type, targeting_value)` says whether a pair was
  returned by some look-up: what a targeting criterion must be made of.
- `audience`: deterministic, plausible and monotone figures (a narrower targeting never
  estimates a larger audience), documented as synthetic.
- `build_data`: the script that writes `data/` again (`python -m
  adsapi.sandbox.targeting.build_data`); its output is committed, so the sandbox needs none of
  the script's inputs at run time.
"""
