# `if __name__ == "__main__":` runs main(): a script's __name__ is "__main__"
def main():
    total = sum(range(5))
    print("total", total)


if __name__ == "__main__":
    main()
else:
    print("imported")
