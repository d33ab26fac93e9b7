# yield from hands out every item of another iterable
def flat(xss):
    for xs in xss:
        yield from xs

print(list(flat([[1, 2], [3]])))
