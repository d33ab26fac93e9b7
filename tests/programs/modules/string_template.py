# string.Template: $name, ${name} and $$ substituted from a mapping and keywords (keywords first); safe_substitute leaves what it cannot fill; get_identifiers and is_valid
from string import Template

letter = Template("Dear $name, you owe $$${amount} for ${item}s.")
print(letter.substitute(name="Ann", amount=12, item="book"))
print(letter.substitute({"name": "Bo", "amount": 3.5, "item": "pen"}, name="Cy"))
print(letter.safe_substitute(name="Di"))
print(letter.get_identifiers(), letter.is_valid(), letter.template)
plain = Template("no placeholders here")
print(plain.substitute() is plain.template, plain.safe_substitute(x=1))
print(Template("$a$b $a").substitute(a=[1, 2], b=None))
print(Template.delimiter, type(letter).__name__)
broken = Template("cost: $5\nnext $")
print(broken.safe_substitute(), broken.is_valid(), broken.get_identifiers())
for text, values in [("$who is here", {}), ("line one\ncost: $5", {}), ("ok ${x", {"x": 1}),
                     ("$", {}), ("é$", {})]:
    try:
        print(Template(text).substitute(values))
    except (KeyError, ValueError) as error:
        print(type(error).__name__, error)
try:
    letter.substitute({}, {})
except TypeError as error:
    print(error)
try:
    Template()
except TypeError as error:
    print(error)


class Prices:
    def __getitem__(self, key):
        if key == "missing":
            raise KeyError(key)
        return len(key)


class Money:
    def __str__(self):
        return "$1.00"


print(Template("$apple and $kiwi").substitute(Prices()))
print(Template("$missing or $kiwi").safe_substitute(Prices()), Template("$m").substitute(m=Money()))
