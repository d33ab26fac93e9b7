#!/usr/bin/env python3
"""Command-line tests of memstep's GIF, PDF and layout exports: one case per CTest.

Usage: check_memstep_export.py MEMSTEP MEMSTEP_TRACE CASE

The files are read back independently of the code that wrote them: the GIF's block
structure is walked here (header, screen, colour table, loop extension, one image per
frame), the PDF's pages are counted by poppler's pdfinfo when it is installed and by its
page objects otherwise. Step counts come from memstep-trace's JSON, never from this file.
Prints what differs and exits 1 on failure.
"""

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

TIMEOUT_SECONDS = 180
PROGRAM = "a = [1, 2]\nb = a\nb.append(3)\nc = b[:]\nprint(a, c)\n"


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def read_gif(path):
    """Returns (width, height, frames, loops_forever, delays in 1/100 s) of a GIF file."""
    data = open(path, "rb").read()
    check(data[:6] == b"GIF89a", "not a GIF89a file: %r" % data[:6])
    width, height, flags = struct.unpack("<HHB", data[6:11])
    pos = 13
    if flags & 0x80:
        pos += 3 * (2 << (flags & 7))
    frames, loops, delays = 0, False, []

    def skip_sub_blocks(p):
        while data[p] != 0:
            p += data[p] + 1
        return p + 1

    while True:
        check(pos < len(data), "the GIF ends without a trailer")
        block = data[pos]
        if block == 0x3B:
            break
        if block == 0x21:
            label = data[pos + 1]
            if label == 0xFF and data[pos + 2] == 11 and data[pos + 3:pos + 14] == b"NETSCAPE2.0":
                sub = data[pos + 14:pos + 18]
                loops = sub[0] == 3 and sub[1] == 1 and struct.unpack("<H", sub[2:4])[0] == 0
            if label == 0xF9:
                delays.append(struct.unpack("<H", data[pos + 4:pos + 6])[0])
            pos = skip_sub_blocks(pos + 2)
        elif block == 0x2C:
            left, top, w, h, iflags = struct.unpack("<HHHHB", data[pos + 1:pos + 10])
            check(left + w <= width and top + h <= height,
                  "frame %d (%d,%d %dx%d) leaves the %dx%d screen" % (frames, left, top, w, h, width, height))
            pos += 10
            if iflags & 0x80:
                pos += 3 * (2 << (iflags & 7))
            pos = skip_sub_blocks(pos + 1)  # LZW minimum code size, then the data
            frames += 1
        else:
            raise Failure("unknown GIF block 0x%02x at %d" % (block, pos))
    return width, height, frames, loops, delays


def pdf_pages(path):
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             timeout=TIMEOUT_SECONDS, check=True).stdout.decode()
        match = re.search(r"^Pages:\s+(\d+)", out, re.M)
        check(match is not None, "pdfinfo printed no page count: %r" % out)
        return int(match.group(1))
    data = open(path, "rb").read()
    check(data.startswith(b"%PDF-"), "not a PDF file")
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


class Cases:
    def __init__(self, memstep, trace, workdir):
        self.memstep_binary = memstep
        self.trace_binary = trace
        self.dir = workdir
        self.program = os.path.join(workdir, "lists.py")
        with open(self.program, "w") as f:
            f.write(PROGRAM)

    def memstep(self, *args):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.run([self.memstep_binary] + list(args), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS, cwd=self.dir, env=env)
        return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")

    def steps(self):
        proc = subprocess.run([self.trace_binary, self.program], stdout=subprocess.PIPE,
                              timeout=TIMEOUT_SECONDS, check=True)
        return len(json.loads(proc.stdout)["steps"])

    def out(self, name):
        return os.path.join(self.dir, name)

    def usage_error(self, *args, message):
        code, _, err = self.memstep(*args)
        check(code == 2, "exit %d for %r, want 2 (stderr %r)" % (code, args, err))
        check(message in err, "stderr %r lacks %r" % (err, message))
        check("Try 'memstep --help'" in err or "out of range" in err or "is after" in err,
              "stderr %r does not point to the help" % err)
        for name in os.listdir(self.dir):
            check(name == "lists.py", "a refused export left %s behind" % name)

    # --- files that are written ---

    def case_gif_all_steps(self):
        code, _, err = self.memstep("--export-gif", self.out("all.gif"), self.program)
        check(code == 0, "exit %d: %s" % (code, err))
        width, height, frames, loops, delays = read_gif(self.out("all.gif"))
        check(len(delays) == frames, "%d delays for %d frames" % (len(delays), frames))
        # Each step is held 1.5 s (a pace a projected room can follow), the last longer; the
        # frames between are the step animation's, 60 ms each, about 0.6 s a slide.
        held = [d for d in delays if d >= 150]
        check(len(held) == self.steps(), "%d held frames for %d steps: %r" % (len(held), self.steps(), delays))
        check(held[:-1] == [150] * (len(held) - 1) and held[-1] > 150, "held delays %r" % held)
        check(frames > len(held), "no in-between frames: %r" % delays)
        check(all(d == 6 for d in delays if d < 150), "in-between delays %r" % delays)
        check(loops, "the animation does not loop forever")
        check(width > 100 and height > 50, "a %dx%d animation" % (width, height))

    def case_gif_range(self):
        code, _, err = self.memstep("--export-gif", self.out("part.gif"), "--from", "2", "--to", "4",
                                    "--ids", self.program)
        check(code == 0, "exit %d: %s" % (code, err))
        _, _, frames, _, delays = read_gif(self.out("part.gif"))
        held = [d for d in delays if d >= 150]
        check(len(held) == 3, "%d held frames for steps 2 to 4: %r" % (len(held), delays))

    def case_gif_scale_and_delay(self):
        code, _, err = self.memstep("--export-gif", self.out("one.gif"), self.program)
        check(code == 0, "exit %d: %s" % (code, err))
        code, _, err = self.memstep("--export-gif", self.out("two.gif"), "--scale", "2",
                                    "--gif-delay", "2000", self.program)
        check(code == 0, "exit %d: %s" % (code, err))
        w1, h1, _, _, _ = read_gif(self.out("one.gif"))
        w2, h2, _, _, delays = read_gif(self.out("two.gif"))
        check(abs(w2 - 2 * w1) <= 1 and abs(h2 - 2 * h1) <= 1,
              "2x is %dx%d, 1x %dx%d" % (w2, h2, w1, h1))
        held = [d for d in delays if d >= 200]
        check(len(held) == self.steps() and held[0] == 200, "held delays %r" % held)

    def case_pdf_scale_and_captions(self):
        for name, extra in (("cap.pdf", ["--scale", "4"]), ("nocap.pdf", ["--no-captions"])):
            code, _, err = self.memstep("--export-pdf", self.out(name), *extra, self.program)
            check(code == 0, "exit %d: %s" % (code, err))
            check(pdf_pages(self.out(name)) == self.steps(), "pages of %s" % name)
        if shutil.which("pdftotext"):
            def text(name):
                return subprocess.run(["pdftotext", self.out(name), "-"], stdout=subprocess.PIPE,
                                      check=True).stdout.decode("utf-8", "replace")
            # The first step's caption: the program starts.
            check(len(text("cap.pdf")) > len(text("nocap.pdf")), "no captions in the handout")

    def case_gif_and_pdf_options_refused_elsewhere(self):
        self.usage_error("--export-pdf", "x.pdf", "--gif-delay", "900", self.program,
                         message="--gif-delay goes with --export-gif")
        self.usage_error("--export-gif", "x.gif", "--no-captions", self.program,
                         message="--no-captions goes with --export-pdf")
        self.usage_error("--export-gif", "x.gif", "--gif-delay", "5", self.program,
                         message="--gif-delay wants milliseconds")
        self.usage_error("--export-gif", "x.gif", "--scale", "3", self.program,
                         message="--scale must be 1, 2 or 4")

    def case_pdf_all_steps(self):
        code, _, err = self.memstep("--export-pdf", self.out("all.pdf"), self.program)
        check(code == 0, "exit %d: %s" % (code, err))
        pages = pdf_pages(self.out("all.pdf"))
        check(pages == self.steps(), "%d pages for %d steps" % (pages, self.steps()))

    def case_pdf_range(self):
        code, _, err = self.memstep("--export-pdf", self.out("part.pdf"), "--from", "3", "--to", "3",
                                    self.program)
        check(code == 0, "exit %d: %s" % (code, err))
        check(pdf_pages(self.out("part.pdf")) == 1, "not one page")

    def case_help_lists_exports(self):
        code, out, _ = self.memstep("--help")
        check(code == 0, "--help exit %d" % code)
        for option in ("--export-gif", "--export-pdf", "--export-layout", "--from", "--to"):
            check(option in out, "--help lacks %s" % option)

    def layout(self, *args):
        code, out, err = self.memstep("--export-layout", "-", *args)
        check(code == 0, "exit %d: %s" % (code, err))
        return out

    def case_layout_last_step(self):
        code, _, err = self.memstep("--export-layout", self.out("last.json"), self.program)
        check(code == 0, "exit %d: %s" % (code, err))
        layout = json.load(open(self.out("last.json")))
        check(layout["format"] == "memstep-layout" and layout["version"] == 1, "format %r" % layout)
        check(layout["step"] == self.steps(), "step %r of %d" % (layout["step"], self.steps()))
        # The picture it describes: a scale-1 PNG of the same step, whose size is in its header.
        code, _, err = self.memstep("--export-png", self.out("last.png"), "--scale", "1", self.program)
        check(code == 0, "png exit %d: %s" % (code, err))
        png = open(self.out("last.png"), "rb").read()
        check(list(struct.unpack(">II", png[16:24])) == layout["size"], "size %r, png %r"
              % (layout["size"], struct.unpack(">II", png[16:24])))
        kinds = sorted((box["kind"], box.get("type")) for box in layout["boxes"])
        check(kinds == [("frame", None), ("object", "list"), ("object", "list")], "boxes %r" % kinds)
        targets = {arrow["from"]: arrow["to"] for arrow in layout["arrows"]}
        check(sorted(targets) == ["f1:a", "f1:b", "f1:c"], "arrows from %r" % sorted(targets))
        check(targets["f1:a"] == targets["f1:b"] != targets["f1:c"], "a, b and c point at %r" % targets)
        texts = {text["text"]: text["px"] for text in layout["texts"]}
        check(texts.get("Global frame") == 15 and texts.get("list") == 11, "texts %r" % texts)
        check(all(len(arrow["points"]) >= 2 for arrow in layout["arrows"]), "an arrow without a line")

    def case_layout_slot_names(self):
        program = os.path.join(self.dir, "slots.py")
        with open(program, "w") as f:
            f.write("class P:\n    def __init__(self):\n        self.items = [[1]]\n"
                    "def f(x, seen=[]):\n    return {('k',): x}\n"
                    "p = P()\nd = f(p.items)\n")
        names = set()
        for line in self.layout("--step", "all", "--every-object", program).splitlines():
            names |= {re.sub(r"^[fo]\d+", "#", arrow["from"]) for arrow in json.loads(line)["arrows"]}
        for name in ("#:p", "#:d", "#.items", "#[0]", "#{0}", "#{0}:value", "#.__defaults__[0]", "#:return"):
            check(name in names, "no arrow from %s among %r" % (name, sorted(names)))

    def case_layout_all_steps(self):
        lines = self.layout("--step", "all", "--ids", self.program).splitlines()
        check(len(lines) == self.steps(), "%d lines for %d steps" % (len(lines), self.steps()))
        check([json.loads(line)["step"] for line in lines] == list(range(1, len(lines) + 1)), "step numbers")
        check(json.loads(lines[1]) == json.loads(self.layout("--step", "2", "--ids", self.program)),
              "line 2 is not what --step 2 writes")

    def case_layout_with_scale(self):
        self.usage_error("--export-layout", "x.json", "--scale", "2", self.program,
                         message="--scale does not go with --export-layout")

    def case_layout_bad_step(self):
        self.usage_error("--export-layout", "x.json", "--step", "every", self.program,
                         message="--step wants a whole number from 1 or 'all'")

    def case_layout_step_out_of_range(self):
        self.usage_error("--export-layout", "x.json", "--step", "99", self.program, message="out of range")

    # --- requests that are refused ---

    def case_from_zero(self):
        self.usage_error("--export-gif", "x.gif", "--from", "0", self.program, message="--from wants a whole number")

    def case_from_not_a_number(self):
        self.usage_error("--export-pdf", "x.pdf", "--from", "two", self.program, message="not 'two'")

    def case_from_after_to(self):
        self.usage_error("--export-gif", "x.gif", "--from", "4", "--to", "2", self.program,
                         message="--from 4 is after --to 2")

    def case_to_out_of_range(self):
        self.usage_error("--export-pdf", "x.pdf", "--to", "999", self.program,
                         message="--to 999 is out of range: the program has %d steps" % self.steps())

    def case_from_past_the_end(self):
        self.usage_error("--export-gif", "x.gif", "--from", "999", self.program,
                         message="--from 999 is out of range")

    def case_two_formats(self):
        self.usage_error("--export-gif", "x.gif", "--export-pdf", "x.pdf", self.program, message="choose one of")

    def case_svg_with_scale(self):
        self.usage_error("--export-svg", "x.svg", "--scale", "2", self.program,
                         message="--scale does not go with --export-svg")

    def case_pdf_with_step(self):
        self.usage_error("--export-pdf", "x.pdf", "--step", "2", self.program,
                         message="--step goes with --export-png or --export-svg")

    def case_from_with_png(self):
        self.usage_error("--export-png", "x.png", "--from", "2", self.program,
                         message="--from goes with --export-gif or --export-pdf")

    def case_from_without_export(self):
        self.usage_error("--from", "2", self.program, message="--from only goes with an --export")

    def case_unknown_language(self):
        self.usage_error("--language", "xx", "--export-png", "x.png", self.program,
                         message="--language is one of en, de")

    def case_layout_in_a_language(self):
        # --language sets the words drawn in the diagram for this run, exports included.
        for code, title in [("en", "Global frame"), ("de", "Globaler Frame"), ("zh_CN", "全局帧")]:
            status, out, err = self.memstep("--language", code, "--export-layout", "-", self.program)
            check(status == 0, "exit %d: %s" % (status, err))
            check(title in out, "--language %s: no %r in the layout" % (code, title))

    def case_gif_without_program(self):
        self.usage_error("--export-gif", "x.gif", message="needs a PROGRAM.py")

    def case_gif_unwritable(self):
        code, _, err = self.memstep("--export-gif", os.path.join(self.dir, "no", "such", "x.gif"), self.program)
        check(code == 1, "exit %d, want 1 (%r)" % (code, err))
        check("Could not write" in err, "stderr %r" % err)

    def case_pdf_missing_program(self):
        code, _, err = self.memstep("--export-pdf", self.out("x.pdf"), self.out("missing.py"))
        check(code == 1, "exit %d, want 1 (%r)" % (code, err))
        check("cannot read" in err, "stderr %r" % err)


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    memstep, trace, case = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    with tempfile.TemporaryDirectory(prefix="memstep_export_") as workdir:
        cases = Cases(memstep, trace, workdir)
        method = getattr(cases, "case_" + case, None)
        if method is None:
            print("unknown case %s" % case)
            return 2
        try:
            method()
        except Failure as e:
            print("FAIL %s: %s" % (case, e))
            return 1
    print("ok %s" % case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
