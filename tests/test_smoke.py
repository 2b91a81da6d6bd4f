import congvan


def test_seed_like_letter_parses() -> None:
    doc = congvan.parse_text("Số: 12/UBND-VP\nHà Nội, ngày 05 tháng 3 năm 2024\n")
    assert doc.number is not None
    assert doc.number.number == "12"
    assert doc.date is not None
    assert doc.date.iso == "2024-03-05"
