"""The swapped font (proof18's forgery: "n" draws "j") hidden where a page's own font
resources are not: a form XObject's resources, an annotation's appearance, the AcroForm's
default resources, a second font object under the shipped name. pdffonts.py walks every
object the file reaches, so each is refused (review19: they pass on main, kept as guards)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pdf_forgery_support import Insider, genuine_package, unsigned
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from test_attack_s16_font_glyphs import swapped_cmap

from toestemming.proof import pdffonts
from toestemming.proof.package import PDF

N = generic.pdf_name


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("r19places"))


def _swapped_copy(w: IncrementalPdfFileWriter) -> generic.IndirectObject:
    """A new font object: the page's regular DejaVu subset with "n"↔"j" swapped."""
    fonts = w.root["/Pages"]["/Kids"][0]["/Resources"]["/Font"]
    (key,) = [k for k in fonts if str(fonts[k]["/BaseFont"]).endswith("+DejaVuSans")][:1]
    font, descriptor = fonts[key], fonts[key]["/FontDescriptor"]
    data = swapped_cmap(descriptor["/FontFile2"].data, [(ord("n"), ord("j"))])
    file = w.add_object(
        generic.StreamObject({N("/Length1"): generic.NumberObject(len(data))}, stream_data=data)
    )
    new_descriptor = w.add_object(generic.DictionaryObject({**descriptor, N("/FontFile2"): file}))
    return w.add_object(generic.DictionaryObject({**font, N("/FontDescriptor"): new_descriptor}))


def _form(w: IncrementalPdfFileWriter, font: generic.IndirectObject) -> generic.IndirectObject:
    return w.add_object(
        generic.StreamObject(
            {
                N("/Type"): N("/XObject"),
                N("/Subtype"): N("/Form"),
                N("/BBox"): generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, 200, 20)]),
                N("/Resources"): generic.DictionaryObject(
                    {N("/Font"): generic.DictionaryObject({N("/FX"): font})}
                ),
            },
            stream_data=b"BT /FX 9 Tf 0 5 Td (nee) Tj ET",
        )
    )


def in_a_form(w: IncrementalPdfFileWriter) -> None:
    page = w.root["/Pages"]["/Kids"][0]
    resources = page["/Resources"]
    xobjects = resources.get("/XObject") or generic.DictionaryObject()
    xobjects[N("/FX1")] = _form(w, _swapped_copy(w))
    resources[N("/XObject")] = xobjects
    w.update_container(page)


def in_an_annotation(w: IncrementalPdfFileWriter) -> None:
    page = w.root["/Pages"]["/Kids"][0]
    annot = w.add_object(
        generic.DictionaryObject(
            {
                N("/Type"): N("/Annot"),
                N("/Subtype"): N("/FreeText"),
                N("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, 200, 20)]),
                N("/AP"): generic.DictionaryObject({N("/N"): _form(w, _swapped_copy(w))}),
            }
        )
    )
    page[N("/Annots")] = generic.ArrayObject([*page.get("/Annots", []), annot])
    w.update_container(page)


def in_the_acroform(w: IncrementalPdfFileWriter) -> None:
    root = w.root
    root[N("/AcroForm")] = generic.DictionaryObject(
        {
            N("/Fields"): generic.ArrayObject(),
            N("/DR"): generic.DictionaryObject(
                {N("/Font"): generic.DictionaryObject({N("/FX"): _swapped_copy(w)})}
            ),
        }
    )
    w.update_root()


def under_the_shipped_name(w: IncrementalPdfFileWriter) -> None:
    """A second font object beside the genuine one, the same /BaseFont, another key."""
    fonts = w.root["/Pages"]["/Kids"][0]["/Resources"]["/Font"]
    fonts[N("/F9+0")] = _swapped_copy(w)
    w.update_container(fonts)


@pytest.mark.parametrize(
    "hide", [in_a_form, in_an_annotation, in_the_acroform, under_the_shipped_name]
)
def test_a_swapped_font_is_found_wherever_it_is(
    insider: Insider, hide: Callable[[IncrementalPdfFileWriter], None]
) -> None:
    w = IncrementalPdfFileWriter(io.BytesIO(unsigned(insider.files[PDF])), strict=False)
    hide(w)
    out = io.BytesIO()
    w.write(out)
    assert pdffonts.problem(out.getvalue(), PDF) is not None
    assert pdffonts.problem(unsigned(insider.files[PDF]), PDF) is None
