# a StopIteration inside a generator expression becomes a RuntimeError
def firsts(iterators):
    return (next(it) for it in iterators)


print(list(firsts([iter([1]), iter([])])))
