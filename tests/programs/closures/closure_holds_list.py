# A closure can keep a mutable list alive and change it on every call
def make_log():
    entries = []

    def log(msg):
        entries.append(msg)
        return len(entries)

    return log


log = make_log()
log("start")
log("stop")
print(log("again"))
