# A missing method is marked up to its name: the lookup fails before the call
words = ["a", "b"]
words.push("c")
