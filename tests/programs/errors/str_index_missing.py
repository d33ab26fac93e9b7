# str.index raises ValueError when the substring is missing
"banana".index("x")
