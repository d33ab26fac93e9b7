# a subclass of string.Template with its own delimiter: the class gets a compiled pattern, its objects keep their text as `template`
from string import Template


class Percent(Template):
    delimiter = "%"


class Mustache(Template):
    delimiter = "{{"


letter = Percent("Dear %name, you owe %{amount}%% by %day.")
text = letter.substitute(name="Ann", amount=30, day="Friday")
print(text)
print(letter.safe_substitute(name="Bob"), letter.get_identifiers(), letter.is_valid())
print(Mustache("{{x and {{{{ and {{y").substitute(x=1, y=2))
letter.template = "%who"
print(letter.substitute({"who": "me"}), Percent.pattern.flags == Template.pattern.flags)
print(Percent("50%").safe_substitute(), Percent("100% sure").is_valid())
