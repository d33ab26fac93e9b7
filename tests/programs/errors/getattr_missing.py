# getattr without a default raises AttributeError for a missing attribute
getattr([1, 2], "push")
