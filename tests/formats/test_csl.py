def test_large_outputs_are_one_item_per_line_and_still_json() -> None:
    import json

    from cvbib.formats import WriteOptions, get_format
    from cvbib.formats.csl import INDENT_UP_TO
    from cvbib.model import Record

    recs = [Record(type="article", title=f"Paper {i}", year=2000) for i in range(INDENT_UP_TO + 1)]
    text = get_format("csl-json").write(recs, WriteOptions())
    items = json.loads(text)
    assert len(items) == INDENT_UP_TO + 1 and text.count("\n") == INDENT_UP_TO + 3
