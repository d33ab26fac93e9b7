# a command interpreter in a loop, matching the words of each line
def run(lines):
    position = 0
    for line in lines:
        match line.split():
            case ["go", direction] if direction in ("left", "right"):
                position += -1 if direction == "left" else 1
            case ["go", _]:
                print("can't go that way")
            case ["jump", steps]:
                position += int(steps)
            case ["quit" | "exit"]:
                break
            case []:
                continue
            case [word, *args]:
                print("unknown command", word, args)
    return position


print(run(["go left", "go up", "", "jump 5", "dance now please", "go right", "quit", "jump 9"]))
