# Dict displays step as CPython compiles them: constant keys, runs past 15 items, ** merges
k = 'key'
v = 3
constant_keys = {
    'a':
        v,
    'b':
        1,
}
computed_key = {
    k:
        v,
    'b':
        1,
}
long_run = {
    'k0': v,
    'k1': v,
    'k2': v,
    'k3': v,
    'k4': v,
    'k5': v,
    'k6': v,
    'k7': v,
    'k8': v,
    'k9': v,
    'k10': v,
    'k11': v,
    'k12': v,
    'k13': v,
    'k14': v,
    'k15': v,
}
merged = {
    'x': v,
    **constant_keys,
    'y':
        v,
}
print(constant_keys, computed_key, len(long_run), merged)
