"""Client generator: renders the spec model into the `twitter_ads_client` package in generated/."""
