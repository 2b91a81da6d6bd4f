"""Every regular expression congvan uses, compiled once, with an example each.

Patterns that match Vietnamese words are written in the new tone placement
(``hòa``, ``ủy``) and run on :func:`congvan.normalize.canon` text with
``re.IGNORECASE``, so ``HOÀ``, ``Uỷ ban`` and ``uỷ ban`` all match. Python's
``re`` folds case for Vietnamese letters (``Ố``/``ố``) in ``str`` patterns.

The patterns run on every body paragraph (deadlines, citations, their hints) are
instead written in lower case, compiled *without* ``IGNORECASE`` and run on
:func:`congvan.normalize.canon_lower` text: they find the same spans many times
faster. Their comments say so; their groups are sliced from the canon or original
text. ``re`` skips ahead to a possible first character only when the pattern starts
with one (a character, a class) or with alternatives that each start with a plain
character; a class such as ``[đd]`` opening an alternative, an optional part, a
look-behind or ``^`` in one alternative make it try every position. The hot patterns
are written so (``đ[ếe]n|d[ếe]n``, look-behinds after the first letter).

The patterns live by zone, one module each (``patterns.header``: where the subject, the
number and the date are found; ``patterns.closing``: the Nơi nhận and the signer;
``patterns.body``: items and who must do them; ``patterns.deadlines``,
``patterns.citations``, ``patterns.text``, ``patterns.formats``); every name is also
reachable here, as ``patterns.SUBJECT_RE``.
"""

from __future__ import annotations

from congvan.patterns.body import (
    ASKS_RE as ASKS_RE,
)
from congvan.patterns.body import (
    ASSIGN_RE as ASSIGN_RE,
)
from congvan.patterns.body import (
    ASSIGN_VERB_RE as ASSIGN_VERB_RE,
)
from congvan.patterns.body import (
    ASSIGNEE_SPLIT_RE as ASSIGNEE_SPLIT_RE,
)
from congvan.patterns.body import (
    ASSIGNEE_STOP_RE as ASSIGNEE_STOP_RE,
)
from congvan.patterns.body import (
    ATTACHMENT_RE as ATTACHMENT_RE,
)
from congvan.patterns.body import (
    CAPITAL_VERB_RE as CAPITAL_VERB_RE,
)
from congvan.patterns.body import (
    CLOSING_MARK_RE as CLOSING_MARK_RE,
)
from congvan.patterns.body import (
    CLOSING_TEXT_RE as CLOSING_TEXT_RE,
)
from congvan.patterns.body import (
    COMMA_RE as COMMA_RE,
)
from congvan.patterns.body import (
    DIVISION_RE as DIVISION_RE,
)
from congvan.patterns.body import (
    FULL_STOP_RE as FULL_STOP_RE,
)
from congvan.patterns.body import (
    LABEL_RE as LABEL_RE,
)
from congvan.patterns.body import (
    LEAD_PHRASE_RE as LEAD_PHRASE_RE,
)
from congvan.patterns.body import (
    LEAD_UNIT_RE as LEAD_UNIT_RE,
)
from congvan.patterns.body import (
    LOWER_UNIT_RE as LOWER_UNIT_RE,
)
from congvan.patterns.body import (
    NAME_END_RE as NAME_END_RE,
)
from congvan.patterns.body import (
    NAME_MARKER_RE as NAME_MARKER_RE,
)
from congvan.patterns.body import (
    NAME_VERB_OK_RE as NAME_VERB_OK_RE,
)
from congvan.patterns.body import (
    NAME_VERB_RE as NAME_VERB_RE,
)
from congvan.patterns.body import (
    OBLIGATION_VERB_RE as OBLIGATION_VERB_RE,
)
from congvan.patterns.body import (
    PARTNER_ATTR_RE as PARTNER_ATTR_RE,
)
from congvan.patterns.body import (
    PARTNER_WITH_RE as PARTNER_WITH_RE,
)
from congvan.patterns.body import (
    PLACE_UNIT_RE as PLACE_UNIT_RE,
)
from congvan.patterns.body import (
    PLURAL_MARK_RE as PLURAL_MARK_RE,
)
from congvan.patterns.body import (
    PLURAL_UNIT_RE as PLURAL_UNIT_RE,
)
from congvan.patterns.body import (
    QUOTE_CLOSE_RE as QUOTE_CLOSE_RE,
)
from congvan.patterns.body import (
    QUOTE_OPEN_RE as QUOTE_OPEN_RE,
)
from congvan.patterns.body import (
    REQUESTER_RE as REQUESTER_RE,
)
from congvan.patterns.body import (
    SENTENCE_VERB_RE as SENTENCE_VERB_RE,
)
from congvan.patterns.body import (
    TABLE_COLUMN_NUMBER_RE as TABLE_COLUMN_NUMBER_RE,
)
from congvan.patterns.body import (
    TABLE_DUE_HEAD_RE as TABLE_DUE_HEAD_RE,
)
from congvan.patterns.body import (
    TABLE_LEAD_HEAD_RE as TABLE_LEAD_HEAD_RE,
)
from congvan.patterns.body import (
    TABLE_NUMBER_HEAD_RE as TABLE_NUMBER_HEAD_RE,
)
from congvan.patterns.body import (
    TABLE_PARTNER_HEAD_RE as TABLE_PARTNER_HEAD_RE,
)
from congvan.patterns.body import (
    TABLE_ROW_LABEL_RE as TABLE_ROW_LABEL_RE,
)
from congvan.patterns.body import (
    TABLE_TASK_HEAD_RE as TABLE_TASK_HEAD_RE,
)
from congvan.patterns.body import (
    TABLE_TIME_HEAD_RE as TABLE_TIME_HEAD_RE,
)
from congvan.patterns.body import (
    TIME_ATTR_RE as TIME_ATTR_RE,
)
from congvan.patterns.body import (
    UNIT_COLON_RE as UNIT_COLON_RE,
)
from congvan.patterns.body import (
    UNIT_DASH_VERB_RE as UNIT_DASH_VERB_RE,
)
from congvan.patterns.body import (
    UNIT_START_RE as UNIT_START_RE,
)
from congvan.patterns.body import (
    UNIT_TAIL_RE as UNIT_TAIL_RE,
)
from congvan.patterns.citations import (
    ATTACHED_TO_RE as ATTACHED_TO_RE,
)
from congvan.patterns.citations import (
    CITATION_DATE_HINT_RE as CITATION_DATE_HINT_RE,
)
from congvan.patterns.citations import (
    CITATION_DATE_RE as CITATION_DATE_RE,
)
from congvan.patterns.citations import (
    CITATION_ISSUER_RE as CITATION_ISSUER_RE,
)
from congvan.patterns.citations import (
    CITATION_NUMBER_HINT_RE as CITATION_NUMBER_HINT_RE,
)
from congvan.patterns.citations import (
    CITATION_RE as CITATION_RE,
)
from congvan.patterns.citations import (
    CITATION_TITLE_RE as CITATION_TITLE_RE,
)
from congvan.patterns.citations import (
    CITED_TYPES as CITED_TYPES,
)
from congvan.patterns.citations import (
    DIGITS_RE as DIGITS_RE,
)
from congvan.patterns.citations import (
    HAS_NUMBER_RE as HAS_NUMBER_RE,
)
from congvan.patterns.citations import (
    LAW_BY_NAME_RE as LAW_BY_NAME_RE,
)
from congvan.patterns.citations import (
    NESTED_LINK_RE as NESTED_LINK_RE,
)
from congvan.patterns.citations import (
    NUMBER_SPACES_RE as NUMBER_SPACES_RE,
)
from congvan.patterns.citations import (
    UNNUMBERED_CITATION_RE as UNNUMBERED_CITATION_RE,
)
from congvan.patterns.closing import (
    ARCHIVE_ENTRY_RE as ARCHIVE_ENTRY_RE,
)
from congvan.patterns.closing import (
    AUTHORITY_RE as AUTHORITY_RE,
)
from congvan.patterns.closing import (
    BULLET_RE as BULLET_RE,
)
from congvan.patterns.closing import (
    CONG_DIEN_RE as CONG_DIEN_RE,
)
from congvan.patterns.closing import (
    DISTRIBUTION_RE as DISTRIBUTION_RE,
)
from congvan.patterns.closing import (
    ENTRY_SEP_RE as ENTRY_SEP_RE,
)
from congvan.patterns.closing import (
    KINH_GUI_RE as KINH_GUI_RE,
)
from congvan.patterns.closing import (
    NAME_LIST_SEP_RE as NAME_LIST_SEP_RE,
)
from congvan.patterns.closing import (
    NOTE_AFTER_SEP_RE as NOTE_AFTER_SEP_RE,
)
from congvan.patterns.closing import (
    POSITION_WORD_RE as POSITION_WORD_RE,
)
from congvan.patterns.closing import (
    PURPOSE_NOTE_RE as PURPOSE_NOTE_RE,
)
from congvan.patterns.closing import (
    RANK_RE as RANK_RE,
)
from congvan.patterns.closing import (
    RECIPIENTS_RE as RECIPIENTS_RE,
)
from congvan.patterns.closing import (
    SIGNED_NOTE_RE as SIGNED_NOTE_RE,
)
from congvan.patterns.deadlines import (
    CLAUSE_BREAK_RE as CLAUSE_BREAK_RE,
)
from congvan.patterns.deadlines import (
    CUTOFF_BEFORE_RE as CUTOFF_BEFORE_RE,
)
from congvan.patterns.deadlines import (
    DEADLINE_DATE_HINT_RE as DEADLINE_DATE_HINT_RE,
)
from congvan.patterns.deadlines import (
    DEADLINE_DATE_RE as DEADLINE_DATE_RE,
)
from congvan.patterns.deadlines import (
    DEADLINE_PERIOD_OPENING_RE as DEADLINE_PERIOD_OPENING_RE,
)
from congvan.patterns.deadlines import (
    DEADLINE_PERIOD_RE as DEADLINE_PERIOD_RE,
)
from congvan.patterns.deadlines import (
    DEADLINE_PERIOD_SLASH_HINT_RE as DEADLINE_PERIOD_SLASH_HINT_RE,
)
from congvan.patterns.deadlines import (
    DEADLINE_PERIOD_YEAR_HINT_RE as DEADLINE_PERIOD_YEAR_HINT_RE,
)
from congvan.patterns.deadlines import (
    DEADLINE_RELATIVE_HINT_RE as DEADLINE_RELATIVE_HINT_RE,
)
from congvan.patterns.deadlines import (
    DEADLINE_RELATIVE_RE as DEADLINE_RELATIVE_RE,
)
from congvan.patterns.deadlines import (
    DIGIT_RE as DIGIT_RE,
)
from congvan.patterns.deadlines import (
    DUE_OPENING_RE as DUE_OPENING_RE,
)
from congvan.patterns.deadlines import (
    DUTY_LEAD_RE as DUTY_LEAD_RE,
)
from congvan.patterns.deadlines import (
    DUTY_VERB_RE as DUTY_VERB_RE,
)
from congvan.patterns.deadlines import (
    FROM_LETTER_RE as FROM_LETTER_RE,
)
from congvan.patterns.deadlines import (
    OBLIGATION_RE as OBLIGATION_RE,
)
from congvan.patterns.deadlines import (
    PAST_RE as PAST_RE,
)
from congvan.patterns.deadlines import (
    RECURRENCE_HINT_RE as RECURRENCE_HINT_RE,
)
from congvan.patterns.deadlines import (
    RECURRENCE_RE as RECURRENCE_RE,
)
from congvan.patterns.deadlines import (
    SHORT_DATE_RE as SHORT_DATE_RE,
)
from congvan.patterns.deadlines import (
    YEAR_DUE_AFTER_RE as YEAR_DUE_AFTER_RE,
)
from congvan.patterns.deadlines import (
    YEAR_DUE_RE as YEAR_DUE_RE,
)
from congvan.patterns.formats import (
    COLUMN_SPLIT_RE as COLUMN_SPLIT_RE,
)
from congvan.patterns.formats import (
    FONT_SUBSET_RE as FONT_SUBSET_RE,
)
from congvan.patterns.formats import (
    FONT_TCVN3_RE as FONT_TCVN3_RE,
)
from congvan.patterns.formats import (
    FONT_VISCII_RE as FONT_VISCII_RE,
)
from congvan.patterns.formats import (
    FONT_VNI_RE as FONT_VNI_RE,
)
from congvan.patterns.formats import (
    FONT_VPS_RE as FONT_VPS_RE,
)
from congvan.patterns.formats import (
    HTML_START_RE as HTML_START_RE,
)
from congvan.patterns.formats import (
    MD_AUTHORITY_CUT_RE as MD_AUTHORITY_CUT_RE,
)
from congvan.patterns.formats import (
    MD_AUTHORITY_PREFIX_RE as MD_AUTHORITY_PREFIX_RE,
)
from congvan.patterns.formats import (
    MD_BR_RE as MD_BR_RE,
)
from congvan.patterns.formats import (
    MD_CELL_CUT_RE as MD_CELL_CUT_RE,
)
from congvan.patterns.formats import (
    MD_CELL_SEP_RE as MD_CELL_SEP_RE,
)
from congvan.patterns.formats import (
    MD_HEADING_RE as MD_HEADING_RE,
)
from congvan.patterns.formats import (
    MD_INLINE_LINK_RE as MD_INLINE_LINK_RE,
)
from congvan.patterns.formats import (
    MD_POSITION_KT_RE as MD_POSITION_KT_RE,
)
from congvan.patterns.formats import (
    MD_POSITION_TL_RE as MD_POSITION_TL_RE,
)
from congvan.patterns.formats import (
    MD_POSITION_TM_RE as MD_POSITION_TM_RE,
)
from congvan.patterns.formats import (
    MD_SOURCE_RE as MD_SOURCE_RE,
)
from congvan.patterns.formats import (
    MD_SPACED_DIGITS_RE as MD_SPACED_DIGITS_RE,
)
from congvan.patterns.formats import (
    MD_SPACED_SYMBOL_RE as MD_SPACED_SYMBOL_RE,
)
from congvan.patterns.formats import (
    MD_TABLE_ROW_RE as MD_TABLE_ROW_RE,
)
from congvan.patterns.formats import (
    MD_TABLE_SEP_RE as MD_TABLE_SEP_RE,
)
from congvan.patterns.formats import (
    MD_TOKEN_RE as MD_TOKEN_RE,
)
from congvan.patterns.formats import (
    ORGAN_NAME_RE as ORGAN_NAME_RE,
)
from congvan.patterns.formats import (
    PAGE_NUMBER_RE as PAGE_NUMBER_RE,
)
from congvan.patterns.formats import (
    RFONTS_XML_RE as RFONTS_XML_RE,
)
from congvan.patterns.formats import (
    SENTENCE_OPENER_RE as SENTENCE_OPENER_RE,
)
from congvan.patterns.formats import (
    SYLLABLE_RE as SYLLABLE_RE,
)
from congvan.patterns.formats import (
    UNICODE_VIETNAMESE_RE as UNICODE_VIETNAMESE_RE,
)
from congvan.patterns.formats import (
    WORD_RE as WORD_RE,
)
from congvan.patterns.header import (
    BASIS_RE as BASIS_RE,
)
from congvan.patterns.header import (
    BASIS_SPLIT_RE as BASIS_SPLIT_RE,
)
from congvan.patterns.header import (
    COLUMN_GAP_RE as COLUMN_GAP_RE,
)
from congvan.patterns.header import (
    DATE_YEAR_RE as DATE_YEAR_RE,
)
from congvan.patterns.header import (
    DRAFT_RE as DRAFT_RE,
)
from congvan.patterns.header import (
    ENACTING_RE as ENACTING_RE,
)
from congvan.patterns.header import (
    FORM_CODE_RE as FORM_CODE_RE,
)
from congvan.patterns.header import (
    LEADING_DIGITS_RE as LEADING_DIGITS_RE,
)
from congvan.patterns.header import (
    LONG_DATE_PARTS_RE as LONG_DATE_PARTS_RE,
)
from congvan.patterns.header import (
    LOOSE_NUMBER_RE as LOOSE_NUMBER_RE,
)
from congvan.patterns.header import (
    MOTTO_RE as MOTTO_RE,
)
from congvan.patterns.header import (
    NUMBER_LABEL_RE as NUMBER_LABEL_RE,
)
from congvan.patterns.header import (
    NUMBER_LINE_RE as NUMBER_LINE_RE,
)
from congvan.patterns.header import (
    ORGAN_HEAD_RE as ORGAN_HEAD_RE,
)
from congvan.patterns.header import (
    PARTY_NUMBER_RE as PARTY_NUMBER_RE,
)
from congvan.patterns.header import (
    PLACE_BLANK_DATE_RE as PLACE_BLANK_DATE_RE,
)
from congvan.patterns.header import (
    PLACE_DATE_RE as PLACE_DATE_RE,
)
from congvan.patterns.header import (
    RULE_RE as RULE_RE,
)
from congvan.patterns.header import (
    SECRECY_RE as SECRECY_RE,
)
from congvan.patterns.header import (
    SIGN_PLACEHOLDER_RE as SIGN_PLACEHOLDER_RE,
)
from congvan.patterns.header import (
    STAMPED_NUMBER_RE as STAMPED_NUMBER_RE,
)
from congvan.patterns.header import (
    STATE_NUMBER_RE as STATE_NUMBER_RE,
)
from congvan.patterns.header import (
    SUBJECT_LEAD_RE as SUBJECT_LEAD_RE,
)
from congvan.patterns.header import (
    SYMBOL_SEP_RE as SYMBOL_SEP_RE,
)
from congvan.patterns.header import (
    URGENCY_RE as URGENCY_RE,
)
from congvan.patterns.header import (
    VV_INLINE_RE as VV_INLINE_RE,
)
from congvan.patterns.header import (
    VV_LINE_RE as VV_LINE_RE,
)
from congvan.patterns.header import (
    WIDE_GAP_RE as WIDE_GAP_RE,
)
from congvan.patterns.text import (
    CLI_NO_COMMAND_RE as CLI_NO_COMMAND_RE,
)
from congvan.patterns.text import (
    LEADING_BULLET_RE as LEADING_BULLET_RE,
)
from congvan.patterns.text import (
    MD_EM_RE as MD_EM_RE,
)
from congvan.patterns.text import (
    MD_LINK_RE as MD_LINK_RE,
)
from congvan.patterns.text import (
    MD_STRONG_RE as MD_STRONG_RE,
)
from congvan.patterns.text import (
    NEWLINE_RE as NEWLINE_RE,
)
from congvan.patterns.text import (
    NORMALIZE_MAPPED_RE as NORMALIZE_MAPPED_RE,
)
from congvan.patterns.text import (
    OLD_TONE_RE as OLD_TONE_RE,
)
from congvan.patterns.text import (
    PAGE_ONLY_RE as PAGE_ONLY_RE,
)
from congvan.patterns.text import (
    SENTENCE_BREAK_RE as SENTENCE_BREAK_RE,
)
from congvan.patterns.text import (
    SENTENCE_END_RE as SENTENCE_END_RE,
)
from congvan.patterns.text import (
    TRAILING_PUNCT_RE as TRAILING_PUNCT_RE,
)
