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
