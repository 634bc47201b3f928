"""What is peculiar to each resource family, one module each: lifecycle hooks registered with
`@hooks("<tag>")` and handlers of their own operations with `@handles("<operationId>")`
(adsapi.sandbox.registry). Every module here is imported when the sandbox starts; a resource
without one gets the generic behaviour.
"""
