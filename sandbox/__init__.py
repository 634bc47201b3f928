"""The sandbox: a stateful, validating emulation of the Ads API, served from the spec."""
