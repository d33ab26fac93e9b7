# In a method chain the marker covers the chain up to the failing lookup
text = "Hello"
shout = text.upper().strip().nope().lower()
