# a match statement needs a colon after its subject, like every compound statement
command = "go"
match command
    case "go":
        print("going")
