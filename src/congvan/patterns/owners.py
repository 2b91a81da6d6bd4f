"""Patterns of who must do an item: assignees, their names' ends, partners and the parties a law binds."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_X = re.VERBOSE

#: A unit's submission to its superior (``Sở Nội vụ *kính trình* UBND tỉnh xem xét``): the
#: unit asks, it is given no work by it; a stop of a name (ASSIGNEE_STOP_RE) and, matched at the
#: stop found, no duty (SUBMISSION_RE, on ``canon`` text).
_SUBMISSION = r"k[íi]nh\s+(?:tr[ìi]nh|[đd][ềe]\s+(?:ngh[ịi]|xu[ấa]t)|b[áa]o\s+c[áa]o|g[ửu]i)"

#: Verbs that end an assignee's name: ``Sở Tài chính *chủ trì*``, ``UBND các xã *cử* cán
#: bộ`` (``xây đựng``, a typo the corpus has, too).
#: Case-sensitive: verbs are lower case, while ``Yên Lập`` or ``Sở Xây dựng`` are names;
#: ``thành lập`` before a name belongs to it (``Ban Vận động thành lập Liên đoàn ...``), and
#: ``công lập`` is public (``đơn vị sự nghiệp công lập``); ``chịu sự chỉ đạo`` ends a name, and
#: ``cơ quan có thẩm quyền quản lý công chức`` (the competent body) is one, and so is ``cơ quan
#: thuế quản lý trực tiếp`` (the tax office in charge).
#: Nouns that look like verbs stay in the name: ``cơ quan, tổ chức, đơn vị``, ``tổ chức đảng`` (but ``các đơn vị,
#: tổ chức thực hiện`` is the verb), ``đơn vị phụ trách công tác tổ chức, cán bộ``, ``Thủ trưởng
#: cơ quan quản lý nhà nước``. ``trình`` is the verb (``Sở Tài chính trình UBND tỉnh``) but
#: not in ``công trình``, ``Chương trình``, ``quy trình``, ``trong quá trình``, nor before a
#: bracket (a form's ``Các sở ... trình (kết quả đề nghị):``); ``người dự kiến`` is a person.
#: ``điều tra`` is the verb (``Viện Kiểm sát nhân dân tỉnh điều tra``) but not in the names
#: ``Cơ quan điều tra``, ``Cơ quan Cảnh sát điều tra``, ``Cục điều tra chống buôn lậu``;
#: ``bảo vệ`` is the verb (``UBND các tỉnh bảo vệ rừng``) but not in ``lực lượng bảo vệ``,
#: ``bảo vệ thực vật``; ``trong`` before a verb ends a name (``Bộ Y tế trong chỉ đạo``).
#: ``đưa`` is the verb, but ``đua`` (matched with it where the marks are lost) is the
#: ``Hội đồng Thi đua - Khen thưởng``'s; ``việc làm`` (``Trung tâm Dịch vụ việc làm``) and
#: ``công trình xây dựng`` (``Trung tâm Kiểm định chất lượng công trình xây dựng``) are things;
#: a name ending ``Truyền thông``, ``giao thông``, ``Viễn thông``, ``phổ thông`` before ``báo cáo``
#: holds no ``thông báo``; ``phối hợp phổ biến`` is a council's name (``Hội đồng Phối hợp phổ
#: biến, giáo dục pháp luật``), ``phối hợp`` being the verb elsewhere; ``trả kết quả`` is the
#: verb, but not in ``Bộ phận tiếp nhận và trả kết quả``; ``đã`` whose marks are lost (``đa``) is
#: none before what makes ``đa`` a prefix (``Vụ Thương mại đa biên``, ``bệnh viện đa khoa``). A
#: submission (``kính trình``, ``kính đề nghị``, ``kính đề xuất``) ends the name before it (SUBMISSION_RE).
#: What an assembly or a meeting does with what it heard (``tán thành``, ``nhất trí``, ``ghi
#: nhận``, ``biểu dương``, ``cơ bản`` before them) is a verb: ``Hội đồng nhân dân tỉnh cơ bản
#: tán thành nội dung trả lời ...`` names the council, no more. So are ``định hướng``, ``dự
#: thảo``, ``dự trữ`` and ``chống thất thu`` (not in ``Ban Chỉ đạo phòng, chống tham nhũng``, nor
#: in a work's name, ``phụ trách công tác chống buôn lậu``).
#: ``tổ chức cán bộ`` is a work named (``Bộ phận tổ chức cán bộ của cơ quan``), and ``nộp`` after
#: ``người`` or ``đối tượng`` a party (``Ban Hỗ trợ người nộp thuế``), no verb. ``thí điểm`` is
#: a verb (``Ban Quản lý chợ Đà Lạt thí điểm hỗ trợ ...``), so is ``cùng`` (not ``cùng cấp``):
#: before a capital the lead's partner follows (``Phòng Nghiệp vụ Y cùng Văn phòng Sở tổ chức
#: ...``: LEAD_WITH_RE), before a verb both units act (``Công an tỉnh và Sở Tư pháp cùng rà soát``),
#: and ``thành lập`` after a number ends a name (``Phòng Kiểm tra số 1 thành lập Tổ ...``), though
#: before a capital it names a founding board's purpose (``Ban Vận động thành lập Hội ...``);
#: ``cần`` is none in ``Phòng Hậu cần``, nor ``quản lý`` in a police department's name (``Phòng
#: Cảnh sát quản lý hành chính về trật tự xã hội``), nor ``được`` after ``công chức`` (``Công
#: chức được giao phụ trách địa bàn``: a party, REGULATED_PARTY_RE). ``tổng hợp`` is the name's
#: in a hospital's ``Phòng Kế hoạch tổng hợp`` and ``Khoa Nội tổng hợp``; ``củng cố``,
#: ``phân loại``, ``tạo điều kiện`` (``Sở Giáo dục và Đào tạo tạo điều kiện ...``), ``giới
#: thiệu``, ``tuyển chọn``, ``nhập`` before what is entered (``nhập dự toán``; not ``xuất
#: nhập khẩu``) and ``thu`` before what is collected (``thu thuỷ lợi phí``, ``thu nợ``; not ``Trạm thu phí``) are
#: verbs; ``tổ chức`` is the name's in ``Ban Công tác Hội và Phát
#: triển tổ chức``.
ASSIGNEE_STOP_RE = re.compile(
    rf"""\s+(?:
        {_SUBMISSION} | ch[ủu]\s+tr[ìi] | ph[ốo]i\s+h[ợo]p | (?<!cơ\squan\s)(?<!Cơ\squan\s)tham\s+m[ưu]u | nghi[êe]n\s+c[ứu]u | th[ựu]c\s+hi[ệe]n
      | tri[ểe]n\s+khai | (?<!công\stác\s)(?!t[ổo]\s+ch[ứu]c\s+c[áa]n\s+b[ộo]\b)(?<!Phát\striển\s)(?:(?<!,\s)t[ổo]\s+ch[ứu]c(?!\s+phi\s+ch[íi]nh\s+ph[ủu])
        | t[ổo]\s+ch[ứu]c(?!,|\s+(?:và|hoặc|hữu|có\s+liên|liên|khác|đơn\s+vị|cá\s+nhân|đảng|phi\s+chính\s+phủ)\b))
      | (?<!công\strình\s)x[âa]y\s+[dđ][ựu]ng | r[àa]\s+so[áa]t | ki[ểe]m\s+tra
      | t[ổo]ng\s+(?:ki[ểe]m\s+tra|r[àa]\s+so[áa]t|v[ệe]\s+sinh|k[ếe]t)\b
      | h[ướư][ớo]ng\s+d[ẫa]n | b[áa]o\s+c[áa]o | theo\s+d[õo]i | c[óo]\s+tr[áa]ch\s+nhi[ệe]m
      | ch[ịi]u\s+tr[áa]ch\s+nhi[ệe]m | ch[ịi]u\s+s[ựu] | kh[ẩa]n\s+tr[ươư][ơo]ng | quy[ếe]t\s+li[ệe]t | t[ăa]ng\s+c[ườư][ờo]ng
      | ch[ỉi]\s+[đd][ạa]o | (?<!bầu\s)c[ửu] | ti[ếe]p\s+t[ụu]c | t[íi]ch\s+c[ựu]c | [đd][ẩa]y\s+m[ạa]nh
      | x[ửu]\s+l[ýy] | gi[ảa]i\s+quy[ếe]t | c[ậa]p\s+nh[ậa]t | (?<![Kk]ế\shoạch\s)(?<!Nội\s)t[ổo]ng\s+h[ợo]p | t[ạa]o\s+[đd]i[ềe]u\s+ki[ệe]n | gi[ớo]i\s+thi[ệe]u | tuy[ểe]n\s+ch[ọo]n | [đd][ềe]\s+xu[ấa]t
      | (?<!quyền\s)(?<![Ss]át\s)qu[ảa]n\s+l[ýy](?!\s+nh[àa]\s+n[ướư][ớo]c)(?!(?<=thuế\squản\slý)\s+trực\s+tiếp) | b[ốo]\s+tr[íi] | (?<![Hh]ội\sđồng\s)th[ẩa]m\s+[đd][ịi]nh | (?<![Bb]an\s)(?<![Tt]ổ\s)(?<!đồng\s)th[ẩa]m\s+tra | ban\s+h[àa]nh | gi[áa]m\s+s[áa]t
      | l[ựu]a\s+ch[ọo]n | th[àa]nh\s+l[ậa]p(?!\s+[A-ZĐ]) | (?<=\d\s)th[àa]nh\s+l[ậa]p | (?<!th[àa]nh\s)(?<!công\s)l[ậa]p | [đd][ảa]m\s+b[ảa]o | b[ảa]o\s+[đd][ảa]m | (?<!hợp\s)ph[ổo]\s+bi[ếe]n | tuy[êe]n\s+truy[ềe]n
      | v[ậa]n\s+[đd][ộo]ng | rà | ti[ếe]p\s+nh[ậa]n | c[ăa]n\s+c[ứu] | (?<!việc\s)l[àa]m | l[àa] | c[óo](?!\s+li[êe]n\s+quan)(?!\s+t[êe]n\b)(?!\s+th[ẩa]m\s+quy[ềe]n\b)
      # ``có thẩm quyền`` names the competent body right after its head word (``cơ quan có thẩm
      # quyền``, ``Người có thẩm quyền giải quyết ...``), and after a full name is its power
      # (``Chủ tịch Ủy ban nhân dân cấp tỉnh *có thẩm quyền* giải quyết khiếu nại lần hai``)
      | (?<!quan\s)(?<!người\s)(?<!Người\s)(?<!cấp\s)(?<!chức\s)(?<!vị\s)(?<!nước\s)(?<!nhân\s)
        c[óo]\s+th[ẩa]m\s+quy[ềe]n(?=\s+(?:gi[ảa]i\s+quy[ếe]t|quy[ếe]t\s+[đd][ịi]nh|x[ửu]\s+(?:l[ýy]|ph[ạa]t)
        |ra\s+quy[ếe]t|c[ấa]p|ph[êe]\s+duy[ệe]t|thanh\s+tra|ki[ểe]m\s+tra|[áa]p\s+d[ụu]ng|ban\s+h[àa]nh|thu\s+h[ồo]i
        |[đd][ìi]nh\s+ch[ỉi]|t[ạa]m\s+[đd][ìi]nh|y[êe]u\s+c[ầa]u|k[ếe]t\s+lu[ậa]n|cho\s+ph[ée]p|gia\s+h[ạa]n|xem\s+x[ée]t)\b)
      | ph[ảa]i | (?<![Hh]ậu\s)c[ầa]n | (?<![Vv]iệt\s)n[ắa]m | ch[ưu]a | g[ửu]i | (?<!người\s)(?<!Người\s)(?<!tượng\s)n[ộo]p | [đd][óo]ng\s+d[ấa]u | [đd][ôo]n\s+[đd][ốo]c | phân\s+công
      | t[ậa]p\s+trung | ph[âa]n\s+t[íi]ch | x[ée]t\s+duy[ệe]t | ch[ủu]\s+[đd][ộo]ng | (?<!dục\s)th[ườư][ờo]ng\s+xuy[êe]n | k[ịi]p\s+th[ờo]i | nghi[êe]m\s+t[úu]c
      | s[ớo]m | kh[ẩa]n\s+c[ấa]p | ti[ếe]n\s+h[àa]nh | b[ổo]\s+sung | ho[àa]n\s+th[àa]nh | ho[àa]n\s+thi[ệe]n | ho[àa]n\s+t[ấa]t
      | nh[ậa]n\s+[đd][ượư][ợo]c | [đd][ãa](?!\s+(?:bi[êe]n|ph[ươư][ơo]ng|khoa|d[ạa]ng|ng[àa]nh|n[ăa]ng|l[ĩi]nh|m[ụu]c)\b) | (?<!người\s)(?<!chức\s)[đd][ượư][ợo]c | v[ừu]a | s[ẽe] | vẫn
      | (?<!thư\s)(?<!Thư\s)(?<!Đăng\s)k[ýy](?!\s+t[úu]c)(?=\s) | xem\s+x[ée]t | cho\s+ph[ée]p | ch[ấa]p\s+thu[ậa]n | ch[ấa]p\s+nh[ậa]n | (?<!được\s)[uủ][ỷy]\s+quy[ềe]n | quan\s+t[âa]m | c[ôo]ng\s+nh[ậa]n
      | x[áa]c\s+[đd][ịi]nh | (?<![Vv]ận\s)(?<![Tt]hiên\s)t[ảa]i | t[ặa]ng | huy\s+[đd][ộo]ng | [đd][ăa]ng\s+t[ảa]i | duy\s+tr[ìi]
      | n[âa]ng\s+cao | ph[áa]t\s+huy | ph[áa]t\s+(?:hi[ệe]n|[đd][ộo]ng)\b | ph[áa]t(?=\s+(?:k[ịi]p\s+th[ờo]i|b[ảa]n\s+tin|tin)\b) | [đd][ăa]ng(?:\s+k[ýy](?!\s+t[úu]c))? | [đd][ưu]a\s+tin | ph[áa]t\s+s[óo]ng | cung\s+c[ấa]p
      | chu[ẩa]n\s+b[ịi] | [đd]i[ềe]u\s+ch[ỉi]nh | ph[êe]\s+duy[ệe]t | kh[ắa]c\s+ph[ụu]c | (?<!truyền\s)(?<!Truyền\s)(?:(?<=[Nn]goại\sgiao\s)|(?<!giao\s))(?<!viễn\s)(?<!Viễn\s)(?<!phổ\s)(?<!liên\s)(?<!lưu\s)th[ôo]ng\s+b[áa]o
      | c[ôo]ng\s+b[ốo] | h[ỗo]\s+tr[ợo] | [đd][áa]nh\s+gi[áa] | ki[ệe]n\s+to[àa]n | tham\s+gia | s[ắa]p\s+x[ếe]p
      | ti[ếe]p\s+thu | t[ìi]m\s+hi[ểe]u | [đd][ảa]m\s+(?:nhi[ệe]m|nh[ậa]n) | c[ùu]ng\s+v[ớo]i | qu[áa]n\s+tri[ệe]t | ch[ấa]p\s+h[àa]nh | tr[ảa]\s+l[ờo]i | th[ảa]o\s+lu[ậa]n
      | (?<!và\s)tr[ảa]\s+(?:k[ếe]t\s+qu[ảa]|h[ồo]\s+s[ơo]|l[ạa]i|ti[ềe]n) | ho[àa]n\s+(?:tr[ảa]|thu[ếe])
      # the work of a procedure or an office, where a name may hold the word as a noun; after
      # ``việc`` or ``công tác`` each is a noun (``chưa hoàn thành việc kê khai``), and right
      # after a body's head word it names the body (``Hội đồng kỷ luật``, ``Ban kiểm soát``,
      # ``Tổ soạn thảo``, ``Trung tâm kiểm định``, ``Trường bồi dưỡng``, ``Bộ phận kiểm soát``)
      | (?<!việc\s)(?<!tác\s)(?<!cơ\squan\s)(?<!Cơ\squan\s)(?<!đồng\s)(?<![Bb]an\s)(?<![Tt]ổ\s)(?<!tâm\s)(?<!Trường\s)(?<!phận\s)(?:c[ấa]p(?=\s+(?:ph[ée]p|gi[ấa]y|kinh\s+ph[íi]|m[ớo]i|l[ạa]i|[đd][ổo]i|m[ãa]|ch[ứu]ng|v[ăa]n\s+b[ằa]ng|th[ẻe]|c[áa]c|cho|[đd][ủu]|ph[áa]t)\b)
      | thu\s+h[ồo]i | ni[êe]m\s+y[ếe]t | c[ôo]ng\s+khai | (?<!thư\s)(?<!thư\s-\s)l[ưu]u\s+tr[ữu] | (?<!cầu\s)x[áa]c\s+minh
      | (?<!Cục\s)(?<!cục\s)th[ốo]ng\s+k[êe] | ki[ểe]m\s+[đd][ếe]m | gi[áa]m\s+[đd][ịi]nh | x[ửu]\s+ph[ạa]t
      | c[ưu][ỡo]ng\s+ch[ếe] | ki[ếe]n\s+ngh[ịi] | so[ạa]n\s+th[ảa]o | ch[ấa]n\s+ch[ỉi]nh
      | (?<!đua,\s)(?<!đua\s-\s)khen\s+th[ưở]ởng | (?<!thưởng,\s)(?<!thưởng\svà\s)k[ỷỉ]\s+lu[ậa]t | tuy[ểe]n\s+d[ụu]ng
      | (?<!sở\s)ti[ếe]p\s+c[ôo]ng\s+d[âa]n | [đd][ốo]i\s+tho[ạa]i | t[ậa]p\s+hu[ấa]n
      | b[ồo]i\s+d[ưu][ỡo]ng | (?<!dục\s)(?<!dục\svà\s)(?<!Dục\svà\s)[đd][àa]o\s+t[ạa]o | nghi[ệe]m\s+thu
      | thanh\s+to[áa]n | quy[ếe]t\s+to[áa]n | gi[ảa]i\s+ng[âa]n | mua\s+s[ắa]m | [đd][ấa]u\s+th[ầa]u
      | ki[ểe]m\s+so[áa]t | ki[ểe]m\s+[đd][ịi]nh | ki[ểe]m\s+k[êe] | [đd]o\s+[đd][ạa]c
      | s[ửu]a\s+[đd][ổo]i | h[ủu][ỷy]\s+b[ỏo] | [đd][ìi]nh\s+ch[ỉi] | t[ạa]m\s+d[ừu]ng | ch[ấa]m\s+d[ứu]t | t[ừu]\s+ch[ốo]i
      | [đd]i[ềe]u\s+[đd][ộo]ng | lu[âa]n\s+chuy[ểe]n | khai\s+b[áa]o | (?<!vụ\s)(?<!trong\s)k[êe]\s+khai
      | chuy[ểe]n(?=\s+(?:h[ồo]\s+s[ơo]|k[ếe]t\s+qu[ảa]|ti[ềe]n|kinh\s+ph[íi]|cho|[đd][ếe]n|v[ềe]|ti[ếe]p|c[áa]c)\b)
      | [ứu]ng\s+d[ụu]ng | s[ốo]\s+h[óo]a | c[ụu]\s+th[ểe]\s+h[óo]a | nh[âa]n\s+r[ộo]ng | chia\s+s[ẻe] | k[ếe]t\s+n[ốo]i | li[êe]n\s+th[ôo]ng
      | b[ảa]o\s+qu[ảa]n | sao\s+l[ưu]u | ph[áa]t\s+h[àa]nh | bi[êe]n\s+so[ạa]n | t[ạa]m\s+[ứu]ng
      | chi\s+tr[ảa] | (?-i:thu)(?=\s+(?:th[ủu][ỷy]?|thu[ếe]|ti[ềe]n|n[ợo]|ng[âa]n\s+s[áa]ch)\b)
      | nh[ậa]p(?=\s+(?:d[ựu]\s+to[áa]n|d[ữu]\s+li[ệe]u|li[ệe]u|th[ôo]ng\s+tin|s[ốo]\s+li[ệe]u|h[ồo]\s+s[ơo]|kho)\b))
      | l[ấa]y\s+[ýy]\s+ki[ếe]n | cho\s+[ýy]\s+ki[ếe]n | g[óo]p\s+[ýy]
      | [đd][ịi]nh\s+h[ướư][ớo]ng | d[ựu]\s+th[ảa]o | d[ựu]\s+tr[ữu] | th[íi]\s+[đd]i[ểe]m | c[ùu]ng(?!\s+c[ấa]p\b)
      | (?<![Pp]hòng\s)(?<![Pp]hòng,\s)(?<![Đđ]ạo\s)(?<!tác\s)ch[ốo]ng\s+(?=th[ấa]t\s+thu|bu[ôo]n\s+l[ậa]u|gian\s+l[ậa]n|l[ãa]ng\s+ph[íi]|tham\s+nh[ũu]ng)
      | t[áa]n\s+th[àa]nh | nh[ấa]t\s+tr[íi] | ghi\s+nh[ậa]n | bi[ểe]u\s+d[ươư][ơo]ng | (?<!cơ\ssở\s)(?<!dữ\sliệu\s)c[ơo]\s+b[ảa]n(?=\s+(?:t[áa]n|nh[ấa]t|ho[àa]n|[đd][ồo]ng|th[ốo]ng|[đd][áa]p)\b)
      | quy\s+[đd][ịi]nh | [ưu]u\s+ti[êe]n | th[ốo]ng\s+nh[ấa]t\s+qu[ảa]n\s+l[ýy] | gi[úu]p(?!\s+vi[ệe]c) | b[ãa]i\s+b[ỏo]
      | trao\s+[đd][ổo]i | tri[ệe]u\s+t[ậa]p | (?<!quan\s)(?<!sát\s)(?<!ninh\s)(?<!Cục\s)[đd]i[ềe]u\s+tra(?!\s+vi[êe]n) | (?:ra\s+)?quy[ếe]t\s+[đd][ịi]nh | khuy[ếe]n\s+kh[íi]ch | gi[úu]p\s+[đd][ỡo]
      | ph[âa]n\s+b[ổo] | c[âa]n\s+[đd][ốo]i | (?<![Hh]àng\s)không | b[ổo]\s+nhi[ệe]m | mi[ễe]n\s+nhi[ệe]m | ho[ạa]t\s+[đd][ộo]ng\s+theo
      | [đd][ặa]c\s+bi[ệe]t\s+l[àa] | nh[ấa]t\s+l[àa] | trong\s+[đd][óo]   # ``các địa phương, đặc biệt là ...``
      | (?<!người\s)d[ựu]\s+ki[ếe]n | k[ếe]t\s+lu[ậa]n | ph[ảa]n\s+[áa]nh
      | thanh\s+tra(?=,\s+ki[ểe]m\s+tra\b|\s+(?:vi[ệe]c|c[áa]c|to[àa]n|[đd][ốo]i|[đd][ộo]t\s+xu[ấa]t|chuy[êe]n\s+[đd][ềe]|ho[ạa]t|t[ìi]nh|tr[áa]ch\s+nhi[ệe]m)\b) | [đd][ẩa]y\s+nhanh | v[ậa]n\s+h[àa]nh | tăng | mở
      | b[àa]n\s+giao | thu\s+th[ậa]p | [áa]p\s+d[ụu]ng | (?<!chí\s)l[ãa]nh\s+[đd][ạa]o | (?<!thi\s)(?<!Thi\s)[đd][ưu]a | t[íi]nh\s+to[áa]n
      | (?<!phê\s)(?<!xét\s)duy[ệe]t | b[ầa]u(?!\s+c[ửu]) | [đd][ộo]ng\s+vi[êe]n | th[áa]o\s+g[ỡo] | gi[ảa]i\s+[đd][áa]p
      | [đd][ốo]i\s+chi[ếe]u | kh[ảa]o\s+s[áa]t | th[ốo]ng\s+nh[ấa]t | n[âa]ng\s+c[ấa]p | s[ơo]\s+k[ếe]t | t[íi]ch\s+h[ợo]p | c[ủu]ng\s+c[ốo] | ph[âa]n\s+lo[ạa]i
      | (?<!lượng\s)(?<!Lực\s)(?<!Tổ\s)(?<!Đội\s)(?<!Ban\s)b[ảa]o\s+v[ệe](?!\s+(?:th[ựu]c\s+v[ậa]t|m[ôo]i\s+tr[ườư][ờo]ng|r[ừu]ng\s+chuy[êe]n))
      | trong\s+(?=ch[ỉi]\s+[đd][ạa]o|th[ựu]c\s+hi[ệe]n|tri[ểe]n\s+khai|t[ổo]\s+ch[ứu]c\s+th[ựu]c)  # ``... trong chỉ đạo``
      | (?<![Cc]ông\s)(?<![Cc]hương\s)(?<![Qq]uy\s)(?<!lộ\s)(?<!tờ\s)(?<!giáo\s)(?<!quá\s)trình(?!\s*\()
    )\b""",
    _X,
)

#: What after a unit's name describes it rather than makes it act (lower case, on ``canon``
#: text): ``- Ban Chấp hành *do* Đại hội bầu ra``, ``- Ban Đổi mới ... *là* cơ quan giúp``,
#: ``- Hội ... *có* Chủ tịch``, ``- Sở Y tế *đã* ban hành``, ``Chính phủ *thống nhất quản lý* nhà
#: nước về ...`` (a remit), ``Nhà đầu tư ... *không phải* nộp thuế`` (an exemption); ``được
#: giao``, ``có trách nhiệm``, ``có nhiệm vụ``, ``có chức năng``, ``có thẩm quyền`` (a power
#: the item gives: ``Chủ tịch ... có thẩm quyền giải quyết ...``, and ``được quyền``, ``được
#: phép``: ``Trưởng đoàn thanh tra được quyền yêu cầu ...``) are duties, and so is ``là
#: (cơ quan) đầu mối`` (``Cục X là đầu mối theo dõi, đôn đốc ...``; and see DUTY_LATER_RE), ``là
#: cơ quan thường trực`` (or ``đơn vị``), ``là cơ quan chủ trì`` and ``là cơ quan giúp`` (or
#: ``tham mưu``) a body ``thực hiện các nhiệm vụ sau`` (not ``cơ quan giúp việc``: what it
#: is). A council or a meeting that agrees or takes note (``Hội đồng nhân dân tỉnh cơ bản tán
#: thành ...``, ``Ban Thường vụ ghi nhận ...``) states its view, and so does one that agrees to a course (``UBND tỉnh *thống nhất chủ
#: trương* ...; giao Sở Tài chính ...``, ``... *đồng ý* với đề xuất ...``).
DESCRIBING_RE = re.compile(
    r"\s+(?:do|là(?!\s+(?:(?:cơ\s+quan\s+|đơn\s+vị\s+)?đầu\s+mối|(?:cơ\s+quan|đơn\s+vị)\s+(?:thường\s+trực|chủ\s+trì|giúp(?!\s+việc)|tham\s+mưu)))|có(?!\s+(?:trách\s+nhiệm|nhiệm\s+vụ|chức\s+năng|thẩm\s+quyền\s))|được(?!\s+(?:giao|quyền|phép))|đã|chưa|vừa|bị|thuộc"
    r"|không\s+phải|(?:cơ\s+bản\s+)?(?:tán\s+thành|nhất\s+trí|ghi\s+nhận|biểu\s+dương|đồng\s+ý"
    r"|thống\s+nhất\s+(?:chủ\s+trương|với|đề\s+xuất|phương\s+án|nội\s+dung))"
    r"|thống\s+nhất\s+quản\s+lý)\b"
)

#: What a unit did or has not done, right after its name (``Phòng Nội vụ *đã* tham mưu ...``,
#: ``Sở *chưa* ...``): told, not asked, though an obligation's verb follows. Matched at the
#: name's end, as DESCRIBING_RE.
TOLD_DONE_RE = re.compile(r"\s+(?:đã|vừa|chưa)\b")

#: A duty later in a sentence whose unit was first described: ``Sở Nội vụ là cơ quan thường
#: trực của Hội đồng *có trách nhiệm* ...``, ``Thủ trưởng các cơ quan có thành viên tại Điều 2
#: *chịu trách nhiệm* ...``, ``Các doanh nghiệp có vốn đầu tư nước ngoài *phải* ...``.
DUTY_LATER_RE = re.compile(
    r"(?<!không)\s(?:phải|chủ\s+trì|chịu\s+trách\s+nhiệm|có\s+(?:trách\s+nhiệm|nhiệm\s+vụ|chức\s+năng))(?!\w)"
)

#: The verbs of a lead or a duty holder right after a unit's name (lower case, matched at the
#: verb): ``Sở Tài chính *chủ trì*``, ``... *chịu trách nhiệm*``, ``... *có trách nhiệm*``.
LEAD_VERB_RE = re.compile(r"\s+(?:chủ\s+trì|chịu\s+trách\s+nhiệm|có\s+trách\s+nhiệm)(?!\w)")

#: Verbs that make a unit named mid-item responsible: ``... Giám đốc Sở Tư pháp *chịu trách
#: nhiệm* thi hành`` (or its own TAKES_ON_RE). A unit before any other verb in a later sentence
#: is only described.
OBLIGATION_VERB_RE = re.compile(
    r"\s+(?:ch[ủu]\s+tr[ìi]|ch[ịi]u\s+tr[áa]ch\s+nhi[ệe]m|c[óo]\s+tr[áa]ch\s+nhi[ệe]m|kh[ẩa]n\s+tr[ươư][ơo]ng|tham\s+m[ưu]u|tri[ểe]n\s+khai|ph[ốo]i\s+h[ợo]p|t[ổo]\s+ch[ứu]c\s+th[ựu]c\s+hi[ệe]n|theo\s+d[õo]i|l[àa]m\s+[đd][ầa]u\s+m[ốo]i)\b"
)

#: A unit's own verb that takes on the work the sentence before set, closing its clause:
#: ``Rà soát, đề xuất ... . Phòng Quản lý công nghệ *thực hiện*, báo cáo ...``, ``... . Ban Quản
#: lý dự án *đảm nhiệm*.`` Matched at the unit's own verb (not at a ``thực hiện`` further on:
#: ``Văn phòng thông báo để các cơ quan biết, thực hiện`` tells, it takes on nothing).
TAKES_ON_RE = re.compile(r"\s+(?:th[ựu]c\s+hi[ệe]n|[đd][ảa]m\s+nhi[ệe]m)\s*(?:[,.;]|$)")

#: Answering for what may go wrong, at an obligation verb: ``chịu trách nhiệm trước Chủ tịch
#: UBND tỉnh nếu để xảy ra ...`` asks no work of its unit.
ANSWERABLE_RE = re.compile(r"\s+ch[ịi]u\s+tr[áa]ch\s+nhi[ệe]m\s+tr[ướư][ớo]c\b", _I)

#: The parties a regulation binds, named before the duty it puts on them: ``Doanh nghiệp phải
#: kê khai``, ``Tổ chức, cá nhân đặt in hoá đơn phải ...``, ``nhà thầu nước ngoài phải tái
#: xuất``. They are no units (``doanh nghiệp`` in ``thuế thu nhập doanh nghiệp`` names nothing),
#: so they count only as the subject of a duty (DUTY_BOUND_RE) or of a heading of duties.
#: A person a regulation names by role is one (``người có nghĩa vụ kê khai``, ``người ra quyết
#: định thanh tra``, ``người tiếp nhận``), not the people at large (``người dân``), and so are
#: the members of a team or board (``thành viên Đoàn thanh tra``) and ``cộng tác viên``.
#: ``Cơ quan, tổ chức, cá nhân có thông tin ...`` is the standard list of all who may hold a duty;
#: ``cơ sở kinh doanh`` (``cơ sở nhận uỷ thác``) the tax laws' name for a business, ``cơ sở
#: khám bệnh, chữa bệnh``, ``cơ sở giáo dục`` are establishments (``cơ sở dữ liệu`` a thing), and a
#: ``hợp tác xã`` goes with a ``doanh nghiệp`` (``Doanh nghiệp, hợp tác xã được cấp giấy phép``).
#: ``tổ chức`` is a verb as often as a noun: only before ``cá nhân`` or a word that makes it a
#: body (``Tổ chức nhận in hoá đơn``, ``tổ chức tín dụng``). The owners and holders laws name
#: (``Chủ quản hệ thống thông tin``, ``Chủ cơ sở sản xuất``, ``Hộ sản xuất, kinh doanh``, ``Bên
#: Xử lý dữ liệu cá nhân``), a school and its teachers (``Nhà trường``, ``Giáo viên chủ nhiệm``)
#: are parties too, and so is a civil servant by what he is given to do (``Công chức được giao
#: phụ trách địa bàn``, ``Công chức được phân công thụ lý hồ sơ``). Case-insensitive, on
#: ``canon`` text.
REGULATED_PARTY_RE = re.compile(
    r"""\s*(?:c[áa]c\s+|m[ọo]i\s+|nh[ữu]ng\s+)?(?:
        doanh\s+nghi[ệe]p\b | c[áa]\s+nh[âa]n\b | c[ơo]\s+quan(?=,\s+t[ổo]\s+ch[ứu]c\b)
      | (?:li[êe]n\s+hi[ệe]p\s+)?h[ợo]p\s+t[áa]c\s+x[ãa]\b
      | c[ơo]\s+s[ởo]\s+(?:kinh\s+doanh|s[ảa]n\s+xu[ấa]t|nh[ậa]n\s+[uủ][ỷy]\s+th[áa]c|[uủ][ỷy]\s+th[áa]c|kh[áa]m|gi[áa]o\s+d[ụu]c|[đd][àa]o\s+t[ạa]o|y\s+t[ếe]|ch[ếe]\s+bi[ếe]n|ch[ăa]n\s+nu[ôo]i|gi[ếe]t\s+m[ổo]|tr[ợo]\s+gi[úu]p|cai\s+nghi[ệe]n|b[áa]n\s+l[ẻe])\b | nh[àa]\s+th[ầa]u\b | h[ộo]\s+(?:kinh\s+doanh|gia\s+[đd][ìi]nh)\b
      | t[ổo]\s+ch[ứu]c(?=(?:,|\s+(?:v[àa]|ho[ặa]c))\s+c[áa]\s+nh[âa]n\b
          |\s+(?:kinh\s+t[ếe]|t[íi]n\s+d[ụu]ng|nh[ậa]n|l[àa]m\s+nhi[ệe]m\s+v[ụu]|s[ửu]\s+d[ụu]ng|[đd][ặa]t\s+in|in)\b)
      | ng[ườư][ờo]i\s+(?!d[âa]n\b|ta\b|kh[áa]c\b|n[àa]y\b|[đd][óo]\b|th[âa]n\b|nh[àa]\b)\w+\b
      | th[àa]nh\s+vi[êe]n\s+(?:kh[áa]c\s+c[ủu]a\s+)?(?:[đd]o[àa]n|h[ộo]i\s+[đd][ồo]ng|ban|t[ổo])\b | c[ộo]ng\s+t[áa]c\s+vi[êe]n\b | [đd][ốo]i\s+t[ượư][ợo]ng\s+(?:n[ộo]p\s+thu[ếe]|[đd][ượư][ợo]c|[đd][ềe]\s+ngh[ịi]|thanh\s+tra)\b
      | ch[ủu]\s+(?:h[ộo]|d[ựu]\s+[áa]n|s[ởo]\s+h[ữu]u|ph[ươư][ơo]ng\s+ti[ệe]n|t[àa]u|h[àa]ng|qu[ảa]n|c[ơo]\s+s[ởo])\b
      | (?:t[ừu]ng\s+)?(?:c[áa]n\s+b[ộo],\s+)?c[ôo]ng\s+ch[ứu]c\s+(?=[đd][ượư][ợo]c\s+(?:giao|ph[âa]n\s+c[ôo]ng)\b)
      | h[ộo]\s+s[ảa]n\s+xu[ấa]t\b | nh[àa]\s+tr[ườư][ờo]ng\b | gi[áa]o\s+vi[êe]n\s+(?:ch[ủu]\s+nhi[ệe]m|b[ộo]\s+m[ôo]n)\b
      | b[êe]n\s+(?:n[ướư][ớo]c\s+ngo[àa]i|h[ợo]p\s+doanh|mua|b[áa]n|giao|nh[ậa]n|thu[êe]|cho\s+thu[êe]
          |(?:nh[ậa]n\s+)?chuy[ểe]n\s+nh[ượư][ợo]ng|(?:cho\s+)?vay|b[ảa]o\s+l[ãa]nh|[đd][ặa]t\s+h[àa]ng
          |x[ửu]\s+l[ýy]\s+d[ữu]\s+li[ệe]u|ki[ểe]m\s+so[áa]t\s+d[ữu]\s+li[ệe]u)\b
    )""",
    _I | _X,
)

#: A business or body that goes on a list of parties after a comma, under one description:
#: ``Doanh nghiệp, hợp tác xã được cấp giấy phép``, ``Tổ chức, cá nhân đề nghị ...``, ``Cơ quan,
#: tổ chức, đơn vị trực tiếp quản lý ...``. Not a
#: person by role (``Thanh tra viên, người được giao thực hiện nhiệm vụ ...``: a description
#: with verbs of its own). Case-insensitive.
PARTY_LIST_GOES_ON_RE = re.compile(
    r"(?:doanh\s+nghi[ệe]p|(?:li[êe]n\s+hi[ệe]p\s+)?h[ợo]p\s+t[áa]c\s+x[ãa]|t[ổo]\s+ch[ứu]c|c[áa]\s+nh[âa]n"
    r"|h[ộo]\s+kinh\s+doanh|nh[àa]\s+th[ầa]u|c[ơo]\s+s[ởo]\s+kinh\s+doanh|[đd][ơo]n\s+v[ịi])(?!\w)",
    _I,
)

#: The duty a sentence puts on its subject: ``... phải kê khai``, ``... có trách nhiệm``, ``...
#: có nghĩa vụ``, ``... có (các) nhiệm vụ, quyền hạn sau đây``, ``... có các quyền sau đây:``,
#: ``... có quyền:`` (the holder of a list of rights, as of duties). Not a liability (``phải chịu
#: trách nhiệm``, ``phải bồi thường``, ``bị``), nor a qualification (``phải có đủ các tiêu
#: chuẩn``, ``phải đáp ứng``), nor a role's name (``người có nghĩa vụ kê khai``),
#: nor a passive (``phải được cơ quan thuế chấp thuận``), nor a denial (``không phải``), nor a
#: condition (``Hộ gia đình, cá nhân khi Nhà nước thu hồi đất *mà phải* di chuyển thì được hỗ
#: trợ``), nor the right side (``người chịu trách nhiệm chính ở *phía phải*``, ``bên phải``).
#: Lower case, on ``canon_lower`` text.
DUTY_BOUND_RE = re.compile(
    r"(?<!không)(?<!chưa)(?<!mà)(?<!người)(?<!phía)(?<!bên)(?<!góc)(?<!tay)"
    r"\s+(?:phải(?!\s+(?:chịu|bị|bồi\s+thường|được|là|nộp\s+phạt|có\s+đủ|đủ|đáp\s+ứng)\b)"
    r"|có\s+trách\s+nhiệm(?!\s+(?:trước|về)\b)|có\s+(?:các\s+)?(?:nghĩa|nhiệm)\s+vụ"
    r"|có\s+(?:các\s+)?quyền(?:\s+hạn)?(?=(?:\s+sau(?:\s+đây)?)?\s*:))(?!\w)"
)

#: A party a regulation names by what it is charged with: a body's or a person's head word, and
#: right after it the charge (``Cơ quan thực hiện chức năng thanh tra``, ``Đơn vị được giao quản
#: lý, khai thác công trình thủy lợi``, ``Cơ quan chủ trì soạn thảo``, ``Người có thẩm quyền giải
#: quyết khiếu nại lần đầu``, ``Tổ chức được giao nhiệm vụ giám định tư pháp``, ``Thủ trưởng cơ
#: quan được giao thực hiện chức năng thanh tra chuyên ngành``): the verbs there are the name's,
#: up to the duty the sentence puts on it. ``Tổ chức thực hiện ...`` is the verb, not a party.
#: ``match``ed on ``canon`` text at a name's start (a list's entry too).
CHARGED_PARTY_RE = re.compile(
    r"\s*(?:[Cc]ác\s+)?(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị|[Bb]ộ\s+phận|[Nn]gười"
    r"|[Tt]ổ\s+chức(?=\s+(?:được|có|làm)\s)|[Tt]hủ\s+trưởng\s+(?:cơ\s+quan|đơn\s+vị))"
    r"\s+(?P<charge>được(?:\s+giao)?|có\s+thẩm\s+quyền|làm\s+nhiệm\s+vụ|thực\s+hiện|chủ\s+trì|tiếp\s+nhận"
    r"|ra\s+quyết\s+định|trưng\s+cầu)\s"
)

#: A body or its head named by the work it does, a verb right after the head word (``Cơ quan
#: quản lý hoá đơn``, ``Cơ quan tiến hành tố tụng``, ``Thủ trưởng cơ quan quản lý công chức``,
#: ``Tổ chức nhận in hoá đơn``, ``Người đứng đầu cơ quan, tổ chức, đơn vị quản lý ...``): the
#: verb is the name's when the name runs on to a duty with no
#: other verb (``Các cơ quan kiểm tra, xử lý nghiêm ...`` is a sentence) in a few words
#: (_WORK_OBJECT). ``match``ed on ``canon`` text at a name's start, like CHARGED_PARTY_RE.
FUNCTION_PARTY_RE = re.compile(
    r"\s*(?:[Cc]ác\s+)?(?:(?:[Tt]hủ\s+trưởng|[Nn]gười\s+đứng\s+đầu)\s+(?:các\s+)?)?"
    r"(?:[Cc]ơ\s+quan|[Tt]ổ\s+chức|[Đđ]ơn\s+vị)(?:,\s+(?:cơ\s+quan|tổ\s+chức|đơn\s+vị))*"
    r"\s+(?P<charge>quản\s+lý|tiến\s+hành|sử\s+dụng"
    r"|giải\s+quyết|kiểm\s+tra|xử\s+lý|thi\s+hành|cấp|nhận|đặt\s+in|in"
    r"|ban\s+hành|thẩm\s+định|phát\s+hành|tiếp\s+nhận|thu|kiểm\s+soát|cung\s+cấp)\s"
)

#: The words that open a case or a time inside a party's sentence (lower case): CHARGE_END_RE
#: and SUBJECT_CUT_RE are built on them.
_CASE_OPENS = r"(?:khi|nếu|sau\s+khi|trước\s+khi)"

#: What ends a party's charge before its duty: a case or a time (``... chuyên ngành *khi tiến
#: hành thanh tra theo Đoàn* có nhiệm vụ ...``), a remit (``*trong phạm vi nhiệm vụ, quyền hạn
#: của mình*``), where the party is defined (``*quy định tại Nghị định này*``). Lower case, on
#: ``canon_lower`` text of the party's name.
CHARGE_END_RE = re.compile(
    rf"\s+(?:{_CASE_OPENS}|trong\s+(?:phạm\s+vi|trường\s+hợp|quá\s+trình)"
    r"|quy\s+định\s+tại|nêu\s+tại|theo\s+(?:quy\s+định|chức\s+năng))(?!\w)"
)

#: Head words listed before the words that qualify them all (``Các cơ quan, đơn vị được giao
#: nhiệm vụ tại ...``): one name with what follows. ``fullmatch``ed on an entry of a list.
BARE_HEADS_RE = re.compile(
    r"(?:(?:[Cc]ác|[Mm]ọi)\s+)?(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị|[Tt]ổ\s+chức|cá\s+nhân|địa\s+phương)"
    r"(?:,\s+(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân|địa\s+phương))*"
)

#: A name ending with a head word that a list of head words goes on from (``người đứng đầu cơ
#: quan``, ``tổ chức``, ``đơn vị có thẩm quyền ...``). Searched on the name.
HEAD_END_RE = re.compile(r"(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân)$")

#: Where the unit a task ``được giao cho`` ends: the clause's comma or semicolon, a full stop.
GIVEN_END_RE = re.compile(r"[,;]|\.(?:\s|$)")

#: Where a list of parties a duty binds may start its next entry: a comma, ``và`` or ``hoặc``
#: (this only before a capitalised name, which :func:`_charged_entries` checks).
PARTY_ENTRY_RE = re.compile(r",\s+|\s+(?:và|hoặc)\s+")

#: Where a clause opens inside a sentence, before the subject of its duty: after a comma or
#: ``thì`` (``Khi bán hoá đơn, cơ quan thuế phải ...``, ``Nếu ... thì bên mua phải ...``).
#: Lower case, on ``canon_lower`` text.
CLAUSE_OPEN_RE = re.compile(r",\s*|(?<!\w)thì\s+")

#: What opens a condition and ends a unit's name, or the subject of a duty: ``Cơ quan thuế *sau
#: khi* nhận hồ sơ ..., trong vòng 05 ngày phải``, ``Cơ quan Hải quan các cấp, *khi* phát hiện
#: ...``. Lower case, on ``canon_lower`` text.
SUBJECT_CUT_RE = re.compile(rf"\s+(?:{_CASE_OPENS}|(?:trong\s+)?trường\s+hợp|mà)(?!\w)")

#: A word left between a subject and its verb that is none of the name: ``những cá nhân
#: vi phạm *thì* phải``, ``các doanh nghiệp *còn* phải``, ``Các doanh nghiệp *tạm* nộp``, a
#: conjunction whose second unit a verb-like noun cut off (``Các tổ chức chính trị - xã hội *và*
#: tổ chức, đoàn thể ...``). Lower case: run on the name as written.
SUBJECT_TRAIL_RE = re.compile(
    r"(?:\s+(?:thì|còn|rồi|tự|cũng|vẫn|đều|mà|chỉ|luôn|tạm|và|hoặc))+\s*$"
)

#: Words that make a party's subject a clause of its own (``doanh nghiệp *chỉ* được miễn thuế
#: ... và doanh nghiệp phải``): a name holds no such word. Lower case, on ``canon_lower`` text.
PREDICATE_MARK_RE = re.compile(r"\s(?:chỉ|đã|không|chưa|sẽ|đang|cũng)\s")

#: Where a list of assignees may split: a comma, ``;``, ``và`` or ``hoặc`` (``Thủ trưởng cơ
#: quan quản lý nhà nước cùng cấp hoặc Thủ trưởng cơ quan được giao ...``: either must act; not
#: in ``HĐND và UBND``, nor
#: in ``Hội đồng nhân dân và Ủy ban nhân dân``, nor in ``Văn phòng Đoàn ĐBQH và HĐND tỉnh``: one
#: office serves both).
ASSIGNEE_SPLIT_RE = re.compile(
    r"\s*(?:,|;|(?<!HĐND)(?<!Hội\sđồng\snhân\sdân)(?<!Đoàn\sĐBQH)(?<!đại\sbiểu\sQuốc\shội)\s+v[àa]\b|\s+ho[ặa]c\b)\s+"
)

#: Words that begin the name of a unit (for ``X chủ trì`` at the start of an item and
#: heading items ``1. Sở Tài chính:``); ``Bộ chỉ số``, ``Bộ hồ sơ`` are things, not a ministry,
#: ``Phong trào`` is no ``Phòng``, nor are the verbs ``phòng chống``, ``phòng ngừa``, ``phong tỏa``; ``Hội nghị``, ``Hội thảo``, ``Hội thi`` are events, not a ``Hội``,
#: and ``Báo`` is a newspaper only before a name (``Báo Lâm Đồng``), not ``báo cáo``; ``Sở
#: hữu trí tuệ`` (intellectual property, in ``Phòng Quản lý công nghệ và Sở hữu trí tuệ``) is no
#: ``Sở``.
#: ``Quỹ``, ``Bưu điện``, ``Viễn thông``, ``Cổng thông tin``, ``Kiểm toán Nhà nước`` and the tax
#: offices of 2025 on (``Thuế tỉnh Hưng Yên``, ``Thuế cơ sở 3``) only as
#: written with a capital (``quỹ đất``, ``kiểm toán việc ...`` are a thing and a verb), and not
#: before ``và`` (``Phòng Bưu chính, Viễn thông và Chuyển đổi số`` is one office).
#: ``Chính phủ``, ``Thủ tướng Chính phủ``, ``Quốc hội`` and its bodies are the units a
#: resolution of the legislature asks (``yêu cầu Chính phủ, Thủ tướng Chính phủ ...``).
#: ``Thanh tra`` is an inspectorate (``Thanh tra tỉnh``, ``Thanh tra viên``) but a verb before
#: what is inspected (``Thanh tra việc thực hiện ...``); ``Chánh Thanh tra``, ``Tổng Thanh
#: tra``, ``Chánh án``, ``Viện trưởng`` are positions. The Party's bodies and offices are units
#: as the State's are: ``Tỉnh ủy``, ``Đảng đoàn HĐND tỉnh``, ``Chi bộ ...``, ``Bí thư Tỉnh ủy``,
#: ``các đảng ủy trực thuộc``. ``Thứ trưởng``, ``Tổng Giám đốc``, ``Tổng Biên tập``, ``Chỉ
#: huy trưởng`` and ``Thống đốc`` (capitalised: the State Bank's) are positions; a deputy
#: (``Phó Chủ tịch``, ``Phó Chánh Thanh tra``) is not taken: a regulation names deputies where it says who appoints them, a kết luận where they
#: chaired; the deputies together (``Các Phó Chủ tịch UBND tỉnh theo lĩnh vực được phân công
#: chỉ đạo ...``) are asked to act, as a group of offices is. A ministry's ``Vụ`` is one
#: only capitalised before a name (``Vụ Ngân sách nhà nước``): ``các vụ phá rừng`` are cases. A commune's civil servant is a post when named by
#: the office the law gives it (``Công chức địa chính``, ``... tư pháp - hộ tịch``, ``... văn hóa -
#: xã hội``, ``... văn phòng - thống kê``, ``... tài chính - kế toán``); ``Công chức`` alone is
#: a class a regulation sorts (``Công chức ngạch chuyên viên``, ``Công chức giữ chức vụ ...``).
#: ``Đồn Biên phòng``, ``Liên hiệp các Hội ...`` (capitalised before a name: ``Liên hiệp hợp tác
#: xã`` is a kind of business), ``Thống kê tỉnh`` (the office of 2025; ``thống kê`` is a verb)
#: and ``Kiểm toán nhà nước`` at a name's end are units too. ``Ban hành ...`` opens a verb, and
#: ``Phòng họp``, ``Phòng khách``, ``Phòng làm việc`` are rooms. A sector named by its office
#: (``Ngành Thuế``, ``ngành Giáo dục``, ``ngành Y tế``) acts as older letters charge it; so do
#: the groups of a council or a board (``các Tổ đại biểu``, ``các Tổ công tác``). ``Văn phòng``
#: alone, capitalised, is the issuer's own office in a Sở's, a Cục's or a Thuế's letters to its
#: units (``Văn phòng bố trí Bộ phận một cửa ...``); ``Các Thuế cơ sở`` the tax offices of 2025;
#: ``các cá nhân có liên quan`` the people an execution article ends with; a commune's villages
#: and quarters are units by their name (``Thôn Đông Sơn``, ``Khu phố 3``) or together (``các thôn``).
UNIT_START_RE = re.compile(
    r"""\s*(?:
        c[áa]c\s+(?:s[ởo]|ban|ng[àa]nh|l[ựu]c\s+l[ượư][ợo]ng|khoa(?!\s+h[ọo]c)|[đd][ồo]n\b|ph[óo]\s+(?:th[ủu]\s+t[ưu][ớo]ng|ch[ủu]\s+t[ịi]ch|gi[áa]m\s+[đd][ốo]c|b[íi]\s+th[ưu]|tr[ưu][ởo]ng\s+ban)|c[ơo]\s+quan|[đd]o[àa]n\s+th[ểe]|b[ệe]nh\s+vi[ệe]n|trung\s+t[âa]m|l[âa]m\s+tr[ườư][ờo]ng|chi\s+c[ụu]c|c[ụu]c|tr[ạa]m|[đd][ơo]n\s+v[ịi]|ph[òo]ng|x[ãa]|ph[ườư][ờo]ng|huy[ệe]n|[đd][ịi]a\s+ph[ươư][ơo]ng|b[ộo]|t[ỉi]nh|t[ổo]\s+ch[ứu]c|h[ộo]i(?!\s+ngh[ịi]|\s+th[ảa]o)|tr[ườư][ờo]ng(?!\s+h[ợo]p)|doanh\s+nghi[ệe]p|c[áa]\s+nh[âa]n(?=\s+(?:c[óo]\s+)?li[êe]n\s+quan\b)|nh[àa]\s+t[àa]i\s+tr[ợo]\b|h[ợo]p\s+t[áa]c\s+x[ãa]\b|c[ơo]\s+s[ởo]\s+(?!d[ữu]\s+li[ệe]u|h[ạa]\s+t[ầa]ng|v[ậa]t\s+ch[ấa]t|ph[áa]p\s+l[ýy]|l[ýy]\s+lu[ậa]n|khoa\s+h[ọo]c|[đd][ểe]\b|n[àa]y\b|tr[êe]n\b|[đd][óo]\b)|th[ôo]n\b|[ấa]p\b|khu\s+ph[ốo]\b|ng[âa]n\s+h[àa]ng\b|qu[âa]n\s+khu|[đd][ộo]i|(?:T|t)[ổo]\s+(?=[đd][ạa]i\s+bi[ểe]u|c[ôo]ng\s+t[áa]c|gi[úu]p\s+vi[ệe]c|d[âa]n\s+ph[ốo]))
      | s[ởo]\s(?!h[ữu]u\b) | s[ởo],\s*(?:ban|ng[àa]nh)\b | ph[òo]ng\s(?!tr[àa]o|t[ỏo]a\b|ch[ốo]ng\b|ng[ừu]a\b|h[ọo]p\b|kh[áa]ch\b|l[àa]m\s+vi[ệe]c\b) | ban\s(?!h[àa]nh\b) | v[ăa]n\s+ph[òo]ng\s | (?-i:Văn\s+phòng)$ | ubnd\s | [ủu]y\s+ban\s | c[ôo]ng\s+an\s
      | b[ộo]\s(?!ch[ỉi]\s+s[ốo]|h[ồo]\s+s[ơo]|ti[êe]u\s+ch[íi]|c[âa]u\s+h[ỏo]i|lu[ậa]t|m[áa]y\b) | c[ụu]c\s | chi\s+c[ụu]c\s | trung\s+t[âa]m\s | [đd][àa]i\s
      | thanh\s+tra\s(?!vi[ệe]c|v[ụu]\s+vi[ệe]c|tr[áa]ch\s+nhi[ệe]m|c[áa]c\b|[đd][ốo]i\s+v[ớo]i) | b[ộo]\s+ch[ỉi]\s+huy\s
      | h[ộo]i\s(?!ngh[ịi]|th[ảa]o|thi\b|ch[ợo]|di[ễe]n) | tr[ườư][ờo]ng\s(?!h[ợo]p) | kho\s+b[ạa]c\s | b[ảa]o\s+hi[ểe]m\s | [đd]o[àa]n\s | li[êe]n\s+[đd]o[àa]n\s
      | m[ặa]t\s+tr[ậa]n\s | c[ôo]ng\s+[đd]o[àa]n\s | (?-i:Đồn\s) | (?-i:Cảnh\s+sát\s) | t[ổo]\s(?!ch[ứu]c) | h[ộo]i\s+[đd][ồo]ng\s | t[ổo]ng\s+c[ụu]c\s | vi[ệe]n\s | chi\s+nh[áa]nh\s
      | gi[áa]m\s+[đd][ốo]c\s | ch[áa]nh\s+(?:v[ăa]n\s+ph[òo]ng|thanh\s+tra|[áa]n)(?!\w)
      | t[ổo]ng\s+(?:gi[áa]m\s+[đd][ốo]c|bi[êe]n\s+t[ậa]p)\s | th[ứu]\s+tr[ưu][ởo]ng\s | ch[ỉi]\s+huy\s+tr[ưu][ởo]ng\s
      | t[ổo]ng\s+(?:thanh\s+tra|ki[ểe]m\s+to[áa]n)\s | vi[ệe]n\s+tr[ưu][ởo]ng\s | th[ủu]\s+tr[ưu][ởo]ng\s | ch[ủu]\s+t[ịi]ch\s
      | (?-i:Thống\s+đốc\s) | (?-i:Khoa\s)(?!h[ọo]c)  # a university's faculty, not ``Khoa học``
      | (?-i:Điều\s+dưỡng\s+trưởng\s)  # a hospital's head nurse
      | (?-i:Hải\s+quan\s+(?:cửa\s+khẩu|khu\s+vực|tỉnh|thành\s+phố|cảng)\s)  # a customs branch
      | tr[ưu][ởo]ng\s | ng[âa]n\s+h[àa]ng\s | c[ơo]\s+quan\s | [đd][ơo]n\s+v[ịi]\s | b[ộo]\s+ph[ậa]n\s
      | hi[ệe]u\s+tr[ưu][ởo]ng(?!\w) | nh[àa]\s+[đd][ầa]u\s+t[ưu]\b | ch[ủu]\s+[đd][ầa]u\s+t[ưu]\b
      | qu[âa]n\s+khu\s | t[ưu]\s+l[ệe]nh\s | trung\s+[ươư][ơo]ng\s+(?=h[ộo]i\s|[đd]o[àa]n\s|m[ặa]t\s+tr[ậa]n\s)
      | c[ôo]ng\s+ty\s | t[ổo]ng\s+c[ôo]ng\s+ty\s | hi[ệe]p\s+h[ộo]i\s | t[ậa]p\s+[đd]o[àa]n\s
      | t[òo]a\s+[áa]n\s | vi[ệe]n\s+ki[ểe]m\s+s[áa]t\s | th[ôo]ng\s+t[ấa]n\s+x[ãa]\s | h[đd]nd\s | ubmttq | th[ườư][ờo]ng\s+tr[ựu]c\s
      | ng[ườư][ờo]i\s+[đd][ứu]ng\s+[đd][ầa]u\s | l[ãa]nh\s+[đd][ạa]o\s | t[ỉi]nh\s+[đd]o[àa]n\b
      | l[ựu]c\s+l[ượư][ợo]ng\s | c[ấa]p\s+[ủu]y\b | ch[íi]nh\s+quy[ềe]n\s | [đd][ịi]a\s+ph[ươư][ơo]ng\b
      | (?-i:Báo\s+(?=[A-ZĐ]|và\s+[A-ZĐ])) | (?-i:Tạp\s+chí\s+(?=[A-ZĐ]))
      | ch[íi]nh\s+ph[ủu]\b | th[ủu]\s+t[ưu][ớo]ng\s | qu[ốo]c\s+h[ộo]i\b
      | [đd][ạa]i\s+bi[ểe]u\s+(?:qu[ốo]c\s+h[ộo]i|h[ộo]i\s+[đd][ồo]ng\s+nh[âa]n\s+d[âa]n|h[đd]nd)\b
      | c[áa]c\s+[ủu]y\s+ban\s | c[áa]c\s+c[ấa]p\s+(?:ch[íi]nh\s+quy[ềe]n|[ủu]y)\b
      | (?-i:(?:Huyện|Thành|Quận|Thị)\s+đoàn\b) | (?-i:(?:Bảo\s+tàng|Thư\s+viện|Nhà\s+(?:văn\s+ho[áa]|hát|xuất\s+bản)|Hợp\s+tác\s+xã)\s)  # ``Huyện đoàn``, ``Bảo tàng tỉnh``
      | c[áa]c\s+(?:[ôo]ng|[đd][ồo]ng\s+ch[íi])(?:\s*\(b[àa]\))?(?:,\s*b[àa])?\s+c[óo]\s+t[êe]n\b  # ``các đồng chí có tên tại Điều 2``
      | b[ệe]nh\s+vi[ệe]n\s | h[ọo]c\s+vi[ệe]n\s | v[ườư][ờo]n\s+qu[ốo]c\s+gia\s | c[ảa]ng\s+(?:v[ụu]|h[àa]ng\s+kh[ôo]ng)\s
      | [đd][ảa]ng\s+[ủu]y\s | [đd][ảa]ng\s+(?:[đd]o[àa]n|b[ộo])\s | (?:ph[óo]\s+)?b[íi]\s+th[ưu]\s | chi\s+b[ộo]\b | chi\s+[ủu]y\b
      | (?:t[ỉi]nh|th[àa]nh|huy[ệe]n|qu[ậa]n|th[ịi])\s+[ủu]y\b
      | c[áa]c\s+(?:[đd][ảa]ng\s+(?:[ủu]y|b[ộo]|[đd]o[àa]n)|chi\s+b[ộo])\b | (?-i:(?:Quỹ|Bưu\s+điện|Viễn\s+thông)\s)(?!v[àa]\s) | (?-i:Cổng\s+)(?i:th[ôo]ng\s+tin)\s
      | (?-i:Kiểm\s+toán\s+)(?i:nh[àa]\s+n[ướư][ớo]c)(?:\s|$) | (?-i:(?:Đội|Hạt|Trạm)\s)(?!ngũ\b)
      | (?-i:(?:[Cc]ác\s+)?Thuế\s+(?:tỉnh|thành\s+phố|cơ\s+sở))(?!\w) | (?-i:Thống\s+kê\s+(?:tỉnh|thành\s+phố|khu\s+vực))(?:\s|$)
      | (?-i:Đồn\s) | (?-i:(?:Thôn|Ấp|Khu\s+phố)\s+(?=[A-ZĐ\d])) | (?-i:Liên\s+hiệp\s+(?=[A-ZĐ]|các\s)) | (?-i:[Nn]gành\s+(?=(?:Thuế|Hải\s+quan|Kho\s+bạc|Giáo\s+dục|Y\s+tế|Tài\s+chính|Công\s+an|Ngân\s+hàng|Thống\s+kê|Kiểm\s+sát|Tòa\s+án|Toà\s+án|Văn\s+hoá|Văn\s+hóa|Lao\s+động|Giao\s+thông|Nông\s+nghiệp|Tư\s+pháp|Nội\s+vụ|Xây\s+dựng|Công\s+Thương|Thương\s+mại)\b))
      | (?-i:(?:các\s+)?Vụ\s+(?=[A-ZĐ])) | v[ụu]\s+tr[ưu][ởo]ng\s | li[êe]n\s+minh\s
      | (?-i:[Cc]ông\s+chức\s)(?=(?i:địa\s+chính|tư\s+pháp|văn\s+(?:hóa|hoá|phòng)|tài\s+chính|kế\s+toán)\b) | c[áa]c\s+[ôo]ng\b | c[áa]c\s+[đd][ồo]ng\s+ch[íi]\b | c[áa]c\s+(?:th[àa]nh\s+vi[êe]n|nh[àa]\s+[đd][ầa]u\s+t[ưu]|ch[ủu]\s+[đd][ầa]u\s+t[ưu]|t[ậa]p\s+[đd]o[àa]n|c[ôo]ng\s+ty|ban\s+qu[ảa]n\s+l[ýy])
    )""",
    _I | _X,
)

#: What follows a unit's name and is not part of it, in the text as written (verbs are lower
#: case, names capitalised): ``(sau đây viết tắt là Ban Chỉ đạo)``, ``... trân trọng đề nghị``,
#: ``Công an tỉnh Lâm Đồng trực tiếp``, ``Các Bộ, cơ quan, địa phương dự Hội nghị``, a purpose
#: (``UBND địa phương có liên quan để ...``), a place (``UBND các xã nơi đơn vị đặt trụ sở``),
#: a remit (``Hội đồng nhân dân các cấp theo chức năng, nhiệm vụ của mình giám sát ...``, ``Sở
#: Y tế theo lĩnh vực được phân công ...``), a
#: ground (``các Sở, ngành liên quan, trên cơ sở các quy định ...``), a time (``Thủ trưởng các
#: cơ quan định kỳ hằng tuần tổ chức ...``, ``Sở Y tế thường xuyên ...``), a document it was
#: named in (``giao cho Sở Nội vụ tại Quyết định số ...``), a time limit (``Cơ quan kiểm soát
#: tài sản, thu nhập, trong thời hạn 15 ngày ...``), who sets it up (``Ban quản lý bữa ăn bán
#: trú do người đứng đầu cơ sở giáo dục quyết định thành lập``).
UNIT_TAIL_RE = re.compile(
    r"""\s*\(\s*sau\s+đây\b | \s+(?:trân\s+trọng | (?<!quản\slý\s)trực\s+tiếp | (?<!được\s)(?:đề\s+nghị | yêu\s+cầu) | như\s+sau
      | (?:tham\s+)?dự\s+(?=[A-ZĐ]|hội\b|họp\b|lễ\b|buổi\b) | do\s+(?=[A-ZĐ]|các\b|cấp\b|người\s+đứng\s+đầu\b|thủ\s+trưởng\b) | về\s+việc\b | để\b | nơi\b | (?:bao\s+)?gồm\b
      | trong\s+(?:việc|công\s+tác|quá\s+trình|phạm\s+vi|thời\s+hạn|thời\s+gian|vòng)\b | theo\s+(?:chức\s+năng|thẩm\s+quyền|phạm\s+vi|(?:ngành,\s+)?lĩnh\s+vực|địa\s+bàn)\b
      | (?:theo\s+)?định\s+kỳ\b | h[ằà]ng\s+(?:ngày|tuần|tháng|quý|năm)\b | (?<!dục\s)thường\s+xuyên\b
      | tại\s+(?=(?:quyết\s+định|công\s+văn|văn\s+bản|kế\s+hoạch|thông\s+báo|tờ\s+trình|nghị\s+quyết)\b))
      | ,?\s+trên\s+cơ\s+sở\b""",
    _X,
)

#: A tail that still names the unit when the unit's duty follows it in the same clause: the
#: place it serves (``Ủy ban nhân dân cấp xã *nơi có đất bị thu hồi* có trách nhiệm ...``,
#: ``Cục Hải quan tỉnh, thành phố *nơi doanh nghiệp đăng ký tờ khai* có trách nhiệm``) or whom
#: it manages (``Chi cục thuế ... *trực tiếp quản lý hộ kinh doanh* có trách nhiệm``); the verbs
#: in it are the clause's. ``match``ed where UNIT_TAIL_RE ended a name; PLACE_DUTY_RE is the
#: duty looked for after it (a verb of the unit's own ends the name as before); a duty's words
#: after ``người`` or ``đối tượng`` name the party managed (``... quản lý *người có nghĩa vụ kê
#: khai* có trách nhiệm``), not the unit's duty.
PLACE_TAIL_RE = re.compile(r"\s+(?:nơi|trực\s+tiếp\s+quản\s+lý|quản\s+lý\s+trực\s+tiếp)\b")

PLACE_DUTY_RE = re.compile(
    r"(?<!người)(?<!đối\stượng)\s+(?:phải|có\s+trách\s+nhiệm|có\s+(?:nghĩa|nhiệm)\s+vụ"
    r"|chịu\s+trách\s+nhiệm|có\s+thẩm\s+quyền|chủ\s+trì)(?!\w)|[.;:]"
)

#: ``quản lý`` where a name was cut at it (ASSIGNEE_STOP_RE): whom the unit manages may follow,
#: named up to the unit's duty (PLACE_DUTY_RE) with nothing between that breaks the clause
#: (MANAGED_BREAK_RE: a comma, ``và``, ``hoặc``, a bracket).
MANAGES_RE = re.compile(r"\s+quản\s+lý(?!\w)")

MANAGED_BREAK_RE = re.compile(r"[,()]|\s(?:và|hoặc|để|thì|nếu|khi)(?!\w)")

#: A unit's head word of two words, capitalised, that a verb right after it names (``Văn phòng
#: đăng ký đất đai``, ``Trung tâm kiểm định ...``), as a one-word head's does (``Ban chỉ đạo``),
#: unless the verb is one a unit does (HEAD_ACTS_RE: ``Trung tâm tổ chức ...``). ``fullmatch``ed
#: on the name so far. A ``Hội đồng`` or a ``Cơ quan`` is named by a verb too often as it acts
#: (``Hội đồng kiểm tra họp``): its names are listed in ASSIGNEE_STOP_RE's exceptions.
TWO_WORD_HEAD_RE = re.compile(r"(?:Văn\s+phòng|Trung\s+tâm|Chi\s+cục)")

HEAD_ACTS_RE = re.compile(
    r"\s+(?:tổ\s+chức|thực\s+hiện|triển\s+khai|chủ\s+trì|phối\s+hợp|tham\s+mưu|báo\s+cáo"
    r"|hướng\s+dẫn|xây\s+dựng|theo\s+dõi|tổng\s+hợp|phải|có|là|được|đã|bố\s+trí|bảo\s+đảm|đảm\s+bảo"
    r"|chuẩn\s+bị|rà\s+soát|tiếp\s+tục)(?!\w)"
)

#: A second unit's head word left alone at a name's end, its name cut off as a verb (``Hội
#: đồng khen thưởng, kỷ luật lâm thời và Ban`` before ``kiểm tra lâm thời``, ``Cơ quan giám
#: định, cơ quan`` before ``kiểm tra``): no name ends so; the name is the one before it.
#: Case-sensitive on the text as written (``các lâm trường, ban`` is a list).
BARE_HEAD_END_RE = re.compile(
    r"(?:\s*,|\s+và)\s+(?:Ban|Hội\s+đồng|Sở|Phòng|Tổ|Đoàn|Cục|Chi\s+cục|Trung\s+tâm|Văn\s+phòng"
    r"|Ủy\s+ban|Uỷ\s+ban|Cơ\s+quan|cơ\s+quan|Bộ\s+phận)\s*$"
)

#: A dash followed by a verb ends a heading's unit: ``Sở Y tế - Tăng cường đầu tư ...``;
#: ``Sở Lao động - Thương binh và Xã hội`` keeps its dash, and so does a commune's ``công chức Địa
#: chính - Xây dựng``, and a name that ends with it (``+ Ban Tổ chức - Kiểm tra: hướng dẫn``).
UNIT_DASH_VERB_RE = re.compile(
    r"""(?<![Đđ]ịa\schính)\s+[-–]\s+(?=(?i:tăng\s+cường|quản\s+lý|tổ\s+chức|thực\s+hiện|triển\s+khai|chủ\s+trì
      |phối\s+hợp|xây\s+dựng|rà\s+soát|kiểm\s+tra|hướng\s+dẫn|tham\s+mưu|theo\s+dõi|đẩy\s+mạnh
      |chỉ\s+đạo|tiếp\s+tục|bố\s+trí|nâng\s+cao|đôn\s+đốc|chịu\s+trách|có\s+trách|ưu\s+tiên
      |đẩy\s+nhanh|khẩn\s+trương|bảo\s+đảm|đảm\s+bảo|tập\s+trung|phấn\s+đấu|hoàn\s+thành
      |thường\s+xuyên|kịp\s+thời|chủ\s+động|tuyên\s+truyền|phổ\s+biến|rà\s+soát)\b(?!\s*(?:[:;,]|$)))""",
    _X,
)

#: A submission (_SUBMISSION) where a name's stop was found: the unit has no duty by it.
SUBMISSION_RE = re.compile(rf"\s+{_SUBMISSION}", _I)

#: Where a verb-like word belongs to a unit's name: ``Ban Quản lý dự án đầu tư *xây dựng*``; not
#: after the ministry's or the department's ``Kế hoạch và Đầu tư``, whose next word is its verb
#: (``Bộ Kế hoạch và Đầu tư *xây dựng* kế hoạch ...``). Case-sensitive.
NAME_VERB_OK_RE = re.compile(r"(?:(?<![Vv]à\s)(?:đầu|Đầu)\s+tư|[Dd]ự\s+án)$")

#: ... and only ``xây dựng``: ``Nhà đầu tư *cần*``, ``Nhà đầu tư 02 dự án *lập*`` end the name.
NAME_VERB_RE = re.compile(r"\s+x[âa]y\s+d[ựu]ng\b")

#: A word of tense or aspect right after a one-word head (``Hội đã tổ chức Đại hội``): never part
#: of a name, as ``chỉ đạo`` in ``Ban chỉ đạo`` is. Matched where ASSIGNEE_STOP_RE matched.
TENSE_STOP_RE = re.compile(r"\s+(?:[đd]ã|sẽ|đang|vừa|chưa)\b")

#: A relative clause that narrows a group of units, after a plural (``UBND các xã *có* điểm du
#: lịch cộng đồng chủ động ...``, ``Chủ tịch UBND các xã, phường *chưa* gửi phương án hoàn thành
#: ...``): the marker and the clause's first word, which may be its own verb. ``có`` before a
#: duty or a thing the group is asked for (``các xã có văn bản báo cáo``, ``... có trách
#: nhiệm``, ``có thể``) is the group's own verb, no clause. Lower case, on ``canon_lower`` text,
#: matched where ASSIGNEE_STOP_RE matched.
RELATIVE_CLAUSE_RE = re.compile(
    r"\s+(?:có(?!\s+(?:trách\s+nhiệm|nhiệm\s+vụ|chức\s+năng|ý\s+kiến|văn\s+bản|báo\s+cáo|kế\s+hoạch"
    r"|biện\s+pháp|giải\s+pháp|phương\s+án|quyền|nghĩa\s+vụ|thể|đủ|được|hướng|lộ\s+trình)(?!\w))"
    r"|chưa|không\s+có)\s+\w+"
)

#: The group's own duty after any clause that narrows it (``Các cơ quan, đơn vị *được giao*
#: nhiệm vụ tại Thông báo số 412/TB-UBND ... *khẩn trương* hoàn thành``, ``Thủ trưởng các cơ
#: quan *chủ trì soạn thảo* *chịu trách nhiệm* ...``, ``... và các đơn vị được giao đất, giao
#: rừng *có trách nhiệm* ...``, ``Thủ trưởng các đơn vị được giao thực hiện chương trình *đẩy
#: nhanh* tiến độ``): words a clause's own verb never takes after it, so the group
#: is named up to them. On ``canon`` text, matched after the clause's first verb.
GROUP_DUTY_RE = re.compile(
    r"\s+(?:c[óo]\s+tr[áa]ch\s+nhi[ệe]m|ch[ịi]u\s+tr[áa]ch\s+nhi[ệe]m|ph[ảa]i|kh[ẩa]n\s+tr[ươư][ơo]ng|[đd][ẩa]y\s+nhanh|t[ậa]p\s+trung)(?!\w)"
)

#: The verbs that open a clause narrowing a group before its duty (lower case, on
#: ``canon_lower`` text, matched at the clause's verb): passive and aspect words (``các đơn vị
#: *được* giao``, ``*đang* quản lý``, ``*chưa* gửi``) and a lead's role (``các cơ quan *chủ trì*
#: soạn thảo``, ``Tổ chức *đề nghị* cấp giấy phép``); any other verb is the group's own
#: (``các địa phương ưu tiên thực hiện ... phải``).
NARROWING_VERB_RE = re.compile(r"\s+(?:được|đã|đang|chưa|vừa|chủ\s+trì|đề\s+nghị)(?!\w)")

#: What a duty may not follow if it is the group's own: a comma or a conjunction before it
#: (``các đơn vị thực hiện nghiêm, *khẩn trương* ...`` is the first verb's second).
GROUP_DUTY_JOINED_RE = re.compile(r"(?:,|\s(?:và|hoặc|thì))$")

#: What ends such a clause before the verb of the group is found: the group's verb comes in
#: the same clause.
CLAUSE_END_RE = re.compile(r"[.;:!?]")

#: A lower-case group of units that starts a new assignee after a comma or ``và``: ``Sở Xây
#: dựng, *các sở, ngành*``, ``Ủy ban MTTQ tỉnh và *các đoàn thể* tỉnh``, ``..., *các Tổ đại biểu*
#: HĐND tỉnh``, ``... và *các cá nhân có liên quan*`` closing an execution article, ``các sở, ban,
#: ngành, *các chủ đầu tư*``, ``*các thôn*``, ``*các trường học*``, ``*các nhà thầu*``, ``*các nhà tài trợ*``, ``*các hợp tác xã*``, ``... và
#: *các đồng chí có tên* tại Điều 2``, ``... và *các đồng chí Huyện ủy viên* phụ trách địa bàn``, ``Các đảng uỷ xã, thị trấn và *các chi
#: bộ*, đảng bộ trực thuộc`` (not
#: ``các tổ chức``: a kind of party, as in ``cơ quan, các tổ chức``).
PLURAL_UNIT_RE = re.compile(
    r"c[áa]c\s+(?i:[ôo]ng|s[ởo]|ban|ng[àa]nh|c[ơo]\s+quan|[đd][ơo]n\s+v[ịi]|[đd][ịi]a\s+ph[ươư][ơo]ng|b[ộo]|x[ãa]"
    r"|[đd]o[àa]n\s+th[ểe]|b[ệe]nh\s+vi[ệe]n|trung\s+t[âa]m|l[âa]m\s+tr[ườư][ờo]ng|khoa(?!\s+h[ọo]c)|[đd][ồo]n|th[ôo]n|khu\s+ph[ốo]|tr[ườư][ờo]ng(?!\s+h[ợo]p)"
    r"|t[ổo](?!\s+ch[ứu]c)|[đd][ộo]i|ph[òo]ng|(?:chi\s+)?c[ụu]c"
    r"|c[áa]\s+nh[âa]n(?=\s+(?:c[óo]\s+)?li[êe]n\s+quan)|ch[ủu]\s+[đd][ầa]u\s+t[ưu]|nh[àa]\s+th[ầa]u|nh[àa]\s+t[àa]i\s+tr[ợo]|h[ợo]p\s+t[áa]c\s+x[ãa]|ng[âa]n\s+h[àa]ng"
    r"|[đd][ồo]ng\s+ch[íi](?=\s+(?:c[óo]\s+t[êe]n\b|(?:[ủu]y|th[àa]nh)\s+vi[êe]n\b|(?-i:[A-ZĐ])))"
    r"|chi\s+b[ộo]|[đd][ảa]ng\s+(?:[ủu]y|b[ộo]))\b"
)

#: A lower-case head word with its own qualifier, which starts a new party after a comma or
#: ``và`` when the party before it has a qualifier too (``Cơ quan thuế, *cơ quan hải quan*``,
#: ``Chủ đầu tư, *nhà thầu thi công xây dựng*``); after a bare head (``cơ quan, *đơn vị trực
#: tiếp quản lý*``) the words qualify the heads together, and a plural (``Các cơ quan nhà nước,
#: tổ chức ...``) is one group, and so are the heads a position is over (``Thủ trưởng cơ quan
#: ngang Bộ, cơ quan thuộc Chính phủ``: OVER_HEADS_RE). Case-sensitive (lower case), on
#: ``canon`` text.
OVER_HEADS_RE = re.compile(r"\s*(?:[Tt]hủ\s+trưởng|[Nn]gười\s+đứng\s+đầu|[Ll]ãnh\s+đạo)\s")

LOWER_HEAD_RE = re.compile(
    r"(?:cơ\s+quan|nhà\s+thầu|ngân\s+hàng|bộ\s+đội|kho\s+bạc|văn\s+phòng|chủ\s+đầu\s+tư|người"
    r"|bên|đơn\s+vị|tổ\s+chức)\s+(?!(?:và|hoặc|có\s+liên\s+quan|liên\s+quan|khác)\b)\w"
)

#: Lower-case words that name a unit and start a new one after a comma or ``và``: ``lực lượng
#: Công an, *chính quyền địa phương*``, ``... Campuchia và *các cấp chính quyền* của Lào``, ``Giám đốc Sở Tài chính, *thủ trưởng* các cơ quan``, ``Hội đồng dân tộc, *các Ủy ban của Quốc hội*``, ``... và
#: *đại biểu HĐND tỉnh*``; a bare ``địa phương``, ``đơn vị`` or ``cơ quan`` only
#: after ``và`` (``Nhà đầu tư và *địa phương*``, ``... và *đơn vị tư vấn*``, ``Văn phòng Ban
#: Chỉ đạo và *cơ quan thường trực các cấp*``, ``Sở Xây dựng và *chủ đầu tư*``, ``... và *nhà
#: thầu*``), since ``các cơ quan, đơn vị, địa phương`` is one group.
LOWER_UNIT_RE = re.compile(
    r"(?:(?:c[áa]c\s+c[ấa]p\s+)?ch[íi]nh\s+quy[ềe]n|l[ựu]c\s+l[ượư][ợo]ng|(?:c[áa]c\s+)?c[ấa]p\s+[ủu]y|c[áa]c\s+t[ổo]\s+ch[ứu]c|c[áa]c\s+h[ộo]i|c[áa]c\s+doanh\s+nghi[ệe]p"
    r"|c[áa]c\s+[ủuỦU]y\s+ban|[đd][ạa]i\s+bi[ểe]u\s+(?:[Qq]u[ốo]c\s+h[ộo]i|H[ộo]i\s+[đd][ồo]ng\s+nh[âa]n\s+d[âa]n|HĐND)"
    r"|th[ủu]\s+tr[ưu][ởo]ng|gi[áa]m\s+[đd][ốo]c|ch[ủu]\s+t[ịi]ch|ng[ườư][ờo]i\s+[đd][ứu]ng\s+[đd][ầa]u"
    r"|ph[òo]ng(?=\s+[A-ZĐ]))\b"
)

PLACE_UNIT_RE = re.compile(
    r"(?:[đd][ịi]a\s+ph[ươư][ơo]ng|[đd][ơo]n\s+v[ịi]|c[ơo]\s+quan|ch[ủu]\s+[đd][ầa]u\s+t[ưu]|nh[àa]\s+th[ầa]u)\b"
)

#: A phrase that opens a sentence before its subject: ``Căn cứ Kế hoạch này, *các sở* ...``,
#: ``Trên cơ sở ..., *UBND các xã* ...``, ``Để ..., *Sở Y tế* ...``, a time (``Hằng năm,
#: *Công an tỉnh* có trách nhiệm ...``, ``Quý I/2027, *các cơ quan* ...``, a case (``(Trong)
#: (những) trường hợp ...,``, ``Nếu ...,``), a deadline (``Chậm nhất vào ngày 15 tháng 11 hằng năm, Chánh Thanh
#: tra sở ... trình ...``), a proposal the unit acts on (``Theo đề nghị của Tổ trưởng ..., Giám
#: đốc Sở ... quyết định``),
#: ``Trong thời hạn 30 ngày kể từ ..., *Hội X* có trách nhiệm ...``, ``Kết thúc năm 2013, *Chính
#: phủ* báo cáo ...``).
_LEAD_WORDS = (
    r"căn\s+cứ|trên\s+cơ\s+sở|để|nhằm|h[ằàa]ng\s+(?:năm|quý|tháng|tuần)|định\s+kỳ"
    r"|quý\s+[ivx\d]+|(?:kết\s+thúc\s+)?năm\s+\d{4}|trong\s+(?:năm|quý|tháng|thời\s+gian|thời\s+hạn|quá\s+trình|phạm\s+vi)|(?:ngay\s+)?sau\s+khi|khi|chậm\s+nhất"
    r"|(?:trong\s+)?(?:(?:những|các|mọi)\s+)?trường\s+hợp|nếu|theo\s+đề\s+nghị\s+của"
)

LEAD_PHRASE_RE = re.compile(rf"\s*(?:{_LEAD_WORDS})(?!\w)", _I)

#: What opens a sentence before the clause of its duty: a lead phrase (LEAD_PHRASE_RE's words)
#: or a case (``Đối với ...``, ``Nếu ...``, ``Chậm nhất ...``, ``Theo ...``, ``Ngoài ...``), or
#: a time (``Kết thúc mỗi năm tài chính, các doanh nghiệp phải ...``). Lower case, on
#: ``canon_lower`` text.
CLAUSE_LEAD_RE = re.compile(
    rf"\s*(?:{_LEAD_WORDS}|trong\s+vòng|trước\s+khi|đối\s+với|nếu|chậm\s+nhất|theo|ngoài|riêng"
    r"|kể\s+từ|kết\s+thúc)(?!\w)"
)

#: A clause that opens a sentence of an item before the unit it sets to work, closed by a
#: comma: ``Để bàn giao mặt bằng đúng cam kết, UBND phường ... chủ trì``, ``Đối với các dự án do
#: cấp xã làm chủ đầu tư, Chủ tịch UBND các xã ... chịu trách nhiệm``, a place (``Tại Thuế cơ sở
#: 1, Đội Quản lý thuế số 2 chủ trì ...``). Case-insensitive, on ``canon`` text.
PURPOSE_LEAD_RE = re.compile(rf"\s*(?:{_LEAD_WORDS}|đối\s+với|tại)(?!\w)", _I)

#: The executing article of a decision, at its sentence's end: ``Chánh Văn phòng ..., Giám đốc
#: Sở ...; Thủ trưởng ... và Chủ tịch ... chịu trách nhiệm thi hành Quyết định này./.``. Every
#: office listed before it executes the decision, ``;`` and ``và`` between them included. On
#: ``canon`` text.
EXECUTING_RE = re.compile(
    r"\s+(?:chịu|có)\s+trách\s+nhiệm\s+(?:thi\s+hành|thực\s+hiện)\s+(?:quyết\s+định|chỉ\s+thị"
    r"|nghị\s+quyết|thông\s+tư|quy\s+định|văn\s+bản)\s+này\b",
    _I,
)

#: The lead named among an item's units after the work they share: ``Phòng A, Phòng B và Văn
#: phòng Sở phối hợp thiết lập đường dây nóng, *trong đó Phòng A là đầu mối*``, ``..., trong đó
#: Phòng Thời sự chủ trì``: it leads, the others coordinate. On ``canon`` text.
LEAD_AMONG_RE = re.compile(
    r"(?<!\w)trong\s+đó\s+(?P<who>[^,;.()]{3,120}?)\s+(?:chủ\s+trì|là\s+(?:cơ\s+quan\s+|đơn\s+vị\s+)?"
    r"(?:đầu\s+mối|chủ\s+trì|thường\s+trực))(?!\w)"
)

#: A salutation before the executing article's list: ``Các ông (bà): Chánh Văn phòng ...``,
#: ``Ông (Bà) Giám đốc ...``, ``Các đồng chí: ...``. On ``canon`` text.
SALUTATION_RE = re.compile(
    r"\s*(?:các\s+)?(?:ông\s*\(\s*bà\s*\)|ông\s*,?\s*bà|ông\s*/\s*bà|đồng\s+chí)\s*:?\s*", _I
)

#: Words that put a unit first without a comma: ``Riêng UBND đặc khu Phú Quý tập trung ...``,
#: ``Đối với Nhà đầu tư Dự án ...: Khẩn trương ...`` (``đối với`` only before a colon: ``Đối
#: với các địa phương chưa lập Đề án thì ...`` states a case).
UNIT_OPENER_RE = re.compile(r"\s*(?:riêng\s+|đối\s+với\s+(?=[^:.;]{3,110}:))", _I)

#: What a heading item may put before the unit it addresses: ``1. Đối với Chủ tịch UBND các
#: xã, phường`` over the points asked of them. Case-insensitive.
HEADING_TOWARD_RE = re.compile(r"\s*(?:riêng\s+)?đ[ốo]i\s+v[ớo]i\s+", _I)

#: A heading that directs a unit to do the points under it, with no subject of its own: ``2.
#: Chỉ đạo Sở Nội vụ:`` over ``a) Hướng dẫn ...`` in a report's proposals to the UBND (the
#: caller checks the colon ending it; ``Chỉ đạo X tổ chức thực hiện ...`` is a sentence whose
#: unit is the one directing). Case-insensitive.
HEADING_DIRECTED_RE = re.compile(r"\s*ch[ỉi]\s+[đd][ạa]o\s+", _I)

#: A note in brackets after a unit's name that says its role, not its name: ``Sở Y tế (cơ quan
#: thường trực Ban Chỉ đạo liên ngành ...)``, ``Sở Nội vụ (là cơ quan đầu mối)``, ``UBND các
#: xã (chủ đầu tư)``, ``UBND phường Hội Thành (là các chủ đầu tư có tỷ lệ giải ngân dưới 30%)``,
#: ``Sở Nông nghiệp và Môi trường (Văn phòng thường trực Ban Chỉ huy ...)``,
#: ``Phòng Kinh tế (đối với xã, đặc khu)`` (the case it acts in), ``Phòng Kê khai (tại Chi
#: cục Thuế là Đội Kê khai)`` (who does it elsewhere), ``Giám đốc Sở Tài chính (Tổ
#: phó thường trực)`` (its seat on a board). A note that names (``(Trung
#: tâm Phục vụ hành chính công)``, ``(cũ)``, ``(VCCI)``) stays. Case-insensitive.
ROLE_NOTE_RE = re.compile(
    r"\s*\((?:là\s+(?:các\s+|những\s+)?)?(?:(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi]|v[ăa]n\s+ph[òo]ng)\s+(?:th[ườư][ờo]ng\s+tr[ựu]c|[đd][ầa]u\s+m[ốo]i"
    r"|ch[ủu]\s+tr[ìi]|tham\s+m[ưu]u|[đd]i[ềe]u\s+ph[ốo]i)|ch[ủu]\s+[đd][ầa]u\s+t[ưu]|[đd][ốo]i\s+v[ớo]i\s|t[ạa]i\s[^()]*\sl[àa]\s"
    r"|t[ổo]\s+(?:ph[óo]|tr[ưu][ởo]ng|vi[êe]n)\b|(?:ph[óo]\s+)?tr[ưu][ởo]ng\s+ban\b|th[àa]nh\s+vi[êe]n\b|[ủu]y\s+vi[êe]n\b)[^()]*\)\s*$",
    _I,
)

#: The agent of a passive clause that gives it a competence or the lead: ``Cơ cấu tổ chức ...
#: do Chính phủ quy định``, ``Chánh Thanh tra bộ do Bộ trưởng bổ nhiệm``, ``Hội nghị do Sở Nội
#: vụ chủ trì``, ``Việc gửi báo cáo do các huyện ủy ... chịu trách nhiệm thực hiện``, ``Việc
#: kiểm tra do Thanh tra tỉnh thực hiện.``, ``... do Trung tâm ... đảm nhiệm``; the verb after
#: the agent's name must be one of these (AGENT_VERB_RE), ``thực hiện`` ending its clause or
#: followed by its rule or its time limit (``... thực hiện theo quy định tại ...``, ``... do Sở
#: Tài chính thực hiện trong thời hạn 10 ngày``, ``... do Đoàn thanh tra thực hiện và phải kết
#: thúc ...``), ``quyết định`` not of a thing set up
#: (``doanh nghiệp do Thủ tướng quyết định thành lập``), ``chỉ đạo`` ending its clause (``Lãnh
#: đạo phát triển kinh tế, do Thường trực Đảng ủy trực tiếp chỉ đạo``); an activity's length names which
#: activity is meant, nobody's duty (``Cuộc thanh tra do Thanh tra tỉnh tiến hành không quá 45
#: ngày``): what was
#: set up or approved (``Doanh nghiệp ... do Chủ tịch UBND tỉnh thành lập``, ``Điều lệ do ...
#: phê duyệt``) describes a thing, it gives nobody work. A task ``được giao cho`` a unit is its
#: (``Nhiệm vụ ... được giao cho Ban Quản lý dự án ...``), whatever follows the name; one
#: not yet or never given (``tài sản chưa được giao cho đơn vị quản lý chợ``) is nobody's. Lower
#: case, on ``canon_lower`` text.
AGENT_RE = re.compile(r"(?<!\w)(?:do|(?<!đã\s)(?<!chưa\s)(?<!không\s)được\s+giao\s+cho)\s+")

AGENT_VERB_RE = re.compile(
    r"\s+(?:quyết\s+định(?!\s+(?:thành\s+lập|phê\s+duyệt|công\s+nhận|giao|cấp|cho\s+phép))"
    r"|quy\s+định|bổ\s+nhiệm|chủ\s+trì|chịu\s+trách\s+nhiệm(?!\s+trước)|đảm\s+(?:nhiệm|nhận)"
    r"|chỉ\s+đạo(?=\s*(?:[.;,]|$|thực\s+hiện|triển\s+khai))"
    r"|(?:tổ\s+chức\s+)?thực\s+hiện"
    r"(?=\s*(?:[.;,]|$|theo\s|trong\s+(?:thời\s+hạn|vòng)|chậm\s+nhất|và\s+phải\s)))(?!\w)"
)

#: What before such an agent makes the clause a reference, not a competence: a cited document
#: (``Quyết định số 12/QĐ-UBND ... do UBND tỉnh ban hành``; not a team's number, ``Đoàn số 1 do
#: Sở Y tế chủ trì``), a past (``đã``), ``theo`` (not ``theo dõi``, a task: ``Việc theo dõi ...
#: được giao cho Văn phòng UBND tỉnh``). Lower
#: case, on ``canon_lower`` text, searched in the clause before the agent.
AGENT_CITED_RE = re.compile(r"(?<!\w)(?:số\s+\d[\d.]*\s*[/-]|(?:đã|theo(?!\s+dõi)|đang)(?!\w))")

#: A caption over whom a rule is about: ``2. Đối tượng nộp thuế: Các doanh nghiệp là ...``,
#: ``Đối tượng áp dụng:``. A scope, whatever follows it; the same party bound to a duty
#: (``Đối tượng nộp thuế phải ...``) is an owner. Lower case, on ``canon_lower`` text.
SCOPE_CAPTION_RE = re.compile(r"\s*đối\s+tượng\b[^:]{0,80}:\s*$")

#: A plural unit before a colon that lists its members: ``UBND các xã: Đức Trọng, Hiệp Thạnh``,
#: ``Giám đốc các sở: Giáo dục và Đào tạo, Tài chính``; the colon does not end the name.
PLURAL_BEFORE_COLON_RE = re.compile(
    r"(?:c[áa]c\s+)?(?:s[ởo]|x[ãa]|ph[ườư][ờo]ng|huy[ệe]n|t[ỉi]nh|[đd][ơo]n\s+v[ịi]|b[ộo]|ng[àa]nh"
    r"|c[ơo]\s+quan|[đd][ịi]a\s+ph[ươư][ơo]ng)\s*$",
    _I,
)

#: A sentence opening on the day a new way of working starts (``Kể từ ngày 01/12/2025, Kho bạc
#: ... chỉ tiếp nhận hồ sơ qua ...``, ``Từ ngày 01/7/2026, ...``): it announces, and what it asks
#: follows in a later sentence. Case-insensitive, on ``canon`` text.
ANNOUNCED_START_RE = re.compile(r"\s*(?:k[ểe]\s+)?t[ừu]\s+ng[àa]y\s+\d", _I)

#: A comma and the space after it.
COMMA_RE = re.compile(r",\s+")

#: What ends a sentence's opening clause before any comma after it could: ``thì`` (``Trường
#: hợp ... thì chủ động phối hợp với Công an tỉnh, UBND các xã ...``: the main clause has
#: begun, without a subject of its own) or a partner's ``phối hợp với`` (its list's commas
#: part partners). Lower case, on ``canon_lower`` text.
#: The list a lead-in opens at its end, after its subject's own verb: ``... người xác minh
#: tiến hành *các hoạt động sau:*``, ``Người có nghĩa vụ kê khai thực hiện *các công việc sau
#: đây:*``: the points under it are that subject's. Lower case, on ``canon_lower`` text.
POINTS_LEAD_IN_RE = re.compile(
    r"\s(?:các|những)\s+(?:hoạt\s+động|công\s+việc|việc|nhiệm\s+vụ|nội\s+dung)"
    r"(?:\s+\w+){0,2}?\s+sau(?:\s+đây)?\s*:\s*$"
)

#: ``thì`` where LEAD_CLAUSE_END_RE stopped, and the spaces after it (``match``ed on ``canon``).
THEN_RE = re.compile(r"th[ìi]\s+", _I)

#: A lead that states a case (``Nếu ...``, ``(Trong) trường hợp ...``, ``Khi ...``): when a ``thì``
#: closes it, the commas before are the case's own (``Nếu ... của các cơ quan như: Sở Tư pháp,
#: Sở Nội vụ ... thì ...``) and the unit acting comes after the ``thì``. ``match``ed on ``canon``.
CASE_LEAD_RE = re.compile(r"\s*(?:nếu|(?:trong\s+)?trường\s+hợp|khi)(?!\w)", _I)

#: The opening of a regulation's sentence that sets when or in which case its party acts, the
#: party following after a comma (``Trong thời hạn 01 ngày làm việc ..., cơ quan tiếp nhận hồ
#: sơ chuyển ...``, ``Trường hợp ..., chậm nhất 30 ngày trước ..., cơ sở đào tạo nộp ...``).
#: Case-insensitive, on ``canon`` text.
ACTING_LEAD_RE = re.compile(
    r"\s*(?:nếu|(?:trong\s+)?trường\s+hợp|khi|sau\s+khi|trước\s+khi|trong\s+(?:thời\s+hạn|vòng)"
    r"|chậm\s+nhất|định\s+kỳ|h[ằà]ng\s+(?:năm|quý|tháng|tuần))(?!\w)",
    _I,
)

LEAD_CLAUSE_END_RE = re.compile(r"(?<!\w)thì(?!\w)|ph[ốo]i\s+h[ợo]p\s+(?:\w+\s+){0,2}?v[ớo]i(?!\w)")

#: A colon and the space after it (``... phiên họp thường kỳ: Sở Tài chính chủ trì``).
COLON_RE = re.compile(r":\s+")

#: An item that opens on its topic (``Về kiến nghị của UBND tỉnh Quảng Nam tại Tờ trình số ...
#: về ...: Bộ Kế hoạch và Đầu tư, Bộ Giao thông vận tải xem xét ...``, as a conclusion answers
#: each proposal): its first colon ends the topic however long, and the units after it act.
#: Case-insensitive, on ``canon`` text.
TOPIC_OPEN_RE = re.compile(r"\s*về\s", _I)

#: A plural word just before a verb-like word makes it a noun: ``các *tổ chức*``.
PLURAL_MARK_RE = re.compile(r"(?:^|\s)(?:các|những|mọi)$", _I)

#: A deputy's title opening a heading over its duties (``Phó Chủ tịch UBND tỉnh Trần Minh Khoa:``
#: over the fields he oversees): the heading names him, as it names a unit; so does a task
#: table's cell (``Phó Chi cục trưởng phụ trách công tác chống buôn lậu``), which holds names
#: only. In a sentence a deputy is no owner (see UNIT_START_RE).
HEADING_DEPUTY_RE = re.compile(r"\s*Phó\s+(?=[A-ZĐ])")

#: A plural word before a one-word head whose names go on with a verb (``Các Ban *quản lý* chợ``,
#: ``các Tổ *công tác*``, ``các Đoàn *kiểm tra*``, ``các Đội *quản lý thị trường*``), as the head
#: alone does (``Ban chỉ đạo``); ``fullmatch``ed on the name so far. A plural Sở or Phòng acts
#: with its verb (``Các Sở tổ chức kiểm tra``).
PLURAL_NAMED_HEAD_RE = re.compile(r"(?i:các|những|mọi)\s+(?:Ban|ban|Tổ|tổ|Đội|đội|Đoàn|đoàn)")

#: A plural word anywhere in a name (``Thủ trưởng *các* cơ quan``).
PLURAL_WORD_RE = re.compile(r"(?<!\w)(?:các|những|mọi)(?!\w)", _I)

#: A capitalised verb after a unit, where a heading and its first sentence lost the line break
#: between them: ``Tòa án nhân dân tỉnh Phối hợp ...``, ``... Hội Cựu chiến binh Việt Nam Căn cứ
#: quy định ...``; ``Ban Chỉ đạo``, ``Phòng Tham mưu`` and ``Hội đồng Phối hợp phổ biến,
#: giáo dục pháp luật`` are names.
CAPITAL_VERB_RE = re.compile(
    r"(?<!\bBan)(?<!\bTổ)(?<!\bPhòng)(?<!\bCục)(?<!\bVụ)(?<!\bĐội)(?<!\bHội\sđồng)\s+(?:Chỉ\s+đạo|Phối\s+hợp|Chủ\s+trì|Tăng\s+cường|Thực\s+hiện|Triển\s+khai|Huy\s+động|Thường\s+xuyên|Tiếp\s+tục|Rà\s+soát|Tham\s+mưu|Căn\s+cứ)\b"
)

#: The end of a sentence proper (``;`` only separates the units of a list).
FULL_STOP_RE = re.compile(r"[.!?](?:\s|$)")

#: A unit opening a sentence only to make a request of others: ``Văn phòng Chính phủ trân
#: trọng đề nghị ...``, ``Bộ Tài chính ủy quyền cho Tổng cục Thuế ...``, ``Uỷ ban nhân dân tỉnh chỉ
#: thị Giám đốc Sở ...``; the units asked come after the verb (the caller checks that no other
#: verb comes first: ``UBND cấp xã hướng dẫn ... đảm bảo yêu cầu về diện tích`` acts).
REQUESTER_RE = re.compile(
    r"[^.;:]{2,110}?\s(?P<verb>trân\s+trọng|đề\s+nghị|yêu\s+cầu|kính\s+đề\s+nghị|ủy\s+quyền\s+cho|chỉ\s+thị)(?!\w)"
)

#: An item marker inside a would-be name: ``Sở Nội vụ a) Xây dựng``, ``... 2. Giao``.
NAME_MARKER_RE = re.compile(r"(?:^|\s)(?:[a-zđ]\)|\(\d{1,2}\)|\d{1,2}\.\s|[IVX]{1,4}\.\s)")

#: Verbs that make a would-be name a sentence (``người được giao phụ trách ...`` is a name: the
#: one given the work, and so is ``người được yêu cầu``; ``..., người được giao`` cut off before
#: its work is none); case-sensitive
#: on the text as written, since
#: ``Sở Giao thông`` is a name and ``Nhà nước giao nhiệm vụ`` is not; nor is ``giao`` in a
#: bank's ``Phòng giao dịch`` (a ``văn phòng giao dịch`` is a place).
SENTENCE_VERB_RE = re.compile(
    r"(?<!\w)(?:(?<!được\s)(?:đề\s+nghị|yêu\s+cầu)|(?:(?<!Ngoại\s)(?<!được\s)giao|(?<=được\s)giao(?!\s+\w))(?!\s+thông)(?<!Phòng\sgiao(?=\s+dịch))|trân\s+trọng|kính\s+gửi|như\s+sau|[Bb]an\s+hành)(?!\w)"
)

#: ``phối hợp với X``, ``phối hợp cùng X``, ``phối hợp X``: X coordinates (the caller checks
#: that a unit's name follows); so does the one a competence is exercised ``sau khi thống nhất
#: với X`` (consulted first), not the one a letter agrees with (``Thống nhất với Sở Nội vụ về
#: việc ...`` gives an opinion), and those a lead works ``cùng với`` (``Bộ X chủ trì, cùng với
#: Đài Truyền hình Việt Nam ... đẩy mạnh``, ``Công an tỉnh chủ trì cùng Bộ Chỉ huy quân sự tỉnh
#: xây dựng ...``), or ``cùng`` opening a clause of the lead's (``Văn phòng chuẩn bị hội trường;
#: cùng Sở Tài chính dự thảo ...``). Lower case, on ``canon_lower`` text.
PARTNER_WITH_RE = re.compile(
    r"ph[ốo]i\s+h[ợo]p(?:\s+(?:ch[ặa]t\s+ch[ẽe]|th[ườư][ờo]ng\s+xuy[êe]n|t[ốo]t))?(?:\s+(?:v[ớo]i|c[ùu]ng))?\s+"
    r"|(?<=sau\skhi\s)th[ốo]ng\s+nh[ấa]t\s+v[ớo]i\s+"
    r"|(?:(?<=chủ\strì,\s)|(?<=chủ\strì\s)|(?<=;\s)|(?<=,\s))cùng\s+(?:với\s+)?|cùng\s+với\s+"
    r"|(?:với|có)\s+sự\s+(?:tham\s+gia|phối\s+hợp)\s+của\s+"
)

#: ``cùng`` right after the lead's name and before a capital: ``Phòng Nghiệp vụ Y *cùng* Văn
#: phòng Sở tổ chức kiểm tra ...`` names the unit the lead works with, a partner (``cùng cấp``,
#: ``cùng thời gian`` are no names). Case-sensitive, on ``canon`` text.
LEAD_WITH_RE = re.compile(r"\s+cùng\s+(?=[A-ZĐ])")

#: ``phối hợp`` as the verb of the units before it, with no ``với`` after it: ``Giao Sở Tài
#: chính chủ trì; Sở Nội vụ, Sở Tư pháp *phối hợp* thực hiện`` names two partners. Lower case,
#: on ``canon_lower`` text.
PARTNER_VERB_RE = re.compile(
    r"\s(?:cùng\s+)?phối\s+hợp(?!\s+(?:với|cùng|chặt|thường|tốt)(?!\w))(?!\w)"
)

#: A unit named before a colon at the start of an item: ``Sở Xây dựng: Tiếp tục duy trì ...``.
UNIT_COLON_RE = re.compile(r"\s*(?P<unit>[^:;.]{2,90}?)\s*:\s")

#: Where an assignee's name ends at punctuation (``TP. Hồ Chí Minh`` keeps its dot).
NAME_END_RE = re.compile(r":|\.(?=\s|$)")

#: What after a directed sentence's unit tells what is or may be, not a duty (``Chủ tịch Hội
#: *chỉ được* đảm nhiệm ...``, ``Công an xã ... *mới* thực hiện``, ``Các Hội ... *chỉ* chấm dứt``,
#: ``các doanh nghiệp *phải có đủ* các điều kiện sau``: a qualification).
#: Matched at the unit's verb (ASSIGNEE_STOP_RE) and right before it.
NOT_DIRECTED_RE = re.compile(
    r"\s+(?:được|là|làm(?!\s+đầu\s+mối)|có(?!\s+(?:trách\s+nhiệm|nhiệm\s+vụ))|không|chưa|đã|đang|vừa|sẽ|vẫn"
    r"|mới|chỉ(?!\s+(?:đạo|định|thị))|bị|cũng|gồm|phải\s+(?:có\s+đủ|đủ|đáp\s+ứng|được|chịu|bị|là))\b"
)

#: A unit named by its head word alone, then a verb in lower case that a one-word head lets
#: into a name (``Sở tổ chức kiểm tra ...``, ``Bộ xem xét ...``): the unit is the one already
#: named, as ``Sở`` says (``_directed_owner`` leaves it to what the item inherits). ``fullmatch``ed
#: from the unit to its verb, on ``canon`` text.
BARE_HEAD_RE = re.compile(
    r"(?:Sở|Bộ|Ban|Phòng|Cục|Vụ|Viện|Hội|Đoàn|Tổ)(?:\s+[a-zđ][^\s,;:.]*){1,2}"
)

#: A unit's verb that qualifies it rather than sets it a task: ``các doanh nghiệp *phải có đủ*
#: các điều kiện sau``, ``... *phải đáp ứng* ...``. Matched at the verb.
QUALIFIED_RE = re.compile(r"\s+phải\s+(?:có\s+đủ|đủ|đáp\s+ứng)\b")

#: A speaker's lead-in to the points it makes (``Chủ tịch UBND tỉnh *kết luận, chỉ đạo như
#: sau:*``, ``Phó Thủ tướng *có ý kiến như sau:*``, ``... *kết luận:*``, ``Chánh Văn phòng *phân
#: công nhiệm vụ chuẩn bị Hội nghị cụ thể như sau:*``): its unit gives the
#: directions and does none of them. Matched at the verb, on ``canon`` text.
SPEAKER_LEAD_RE = re.compile(
    r"\s+(?:(?:kết\s+luận|chỉ\s+đạo|có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|giao\s+nhiệm\s+vụ|yêu\s+cầu)"
    r"(?:\s*(?:,|và)\s*(?:kết\s+luận|chỉ\s+đạo|giao\s+nhiệm\s+vụ|yêu\s+cầu))*"
    r"(?:\s+(?:cụ\s+thể|một\s+số\s+(?:nội\s+dung|nhiệm\s+vụ)))?\s+(?:như\s+sau|sau\s+đây)|kết\s+luận"
    r"|phân\s+công\b[^.:;]{0,80}?\s(?:như\s+sau|sau\s+đây))\s*:",
    re.IGNORECASE,
)

#: The verb of the writer's closing sentence after its unit (``Ban Chỉ đạo ... *thông báo để*
#: các cơ quan ... biết, thực hiện``, ``Sở Nội vụ *trân trọng* ...``): no duty. Matched at the verb.
WRITER_CLOSING_RE = re.compile(
    r"\s+(?:tr[âa]n\s+tr[ọo]ng|th[ôo]ng\s+b[áa]o\s+(?:[đd][ểe]|cho|t[ớo]i|[đd][ếe]n))\b"
)

#: Assignment verbs before a unit: ``Giao Sở Tài chính``, ``đề nghị các cơ quan``, a chỉ
#: thị's ``Ủy ban nhân dân thành phố chỉ thị Giám đốc Sở ...`` (a unit must follow: ``Chỉ thị
#: số 16`` names none), a delegation (``Bộ Tài chính ủy quyền cho Tổng cục Thuế``), ``Phân công
#: Văn phòng UBND tỉnh làm đầu mối`` opening its clause (``X có trách nhiệm phân công các thành
#: viên ...`` is X's duty); not ``theo đề nghị của``, ``giao thông`` (but ``Đề nghị
#: Thông tấn xã ...``), ``được giao``, ``đã giao`` (a past assignment), a request its subject
#: must make (``Doanh nghiệp ... *phải đề nghị* Sở ... cấp giấy phép``, ``có trách nhiệm đề
#: nghị``: the subject's duty, the one asked acts for it), a request denied (``... không yêu cầu
#: nhà đầu tư bổ sung ...``: what the subject must not do); ``giao ban`` (a meeting) is told from
#: ``Giao Ban Quản lý ...`` by the case as written, in the code. Lower case, on
#: ``canon_lower`` text. The verb's first letter comes first and the words it must not follow
#: are checked behind that letter (``(?<!theo .)``), so that ``re`` can skip to a ``đ``, ``d``,
#: ``y``, ``g``, ``c``, ``ủ`` or ``p`` (see the module docstring); the rest of the verb follows that
#: letter.
ASSIGN_RE = re.compile(
    r"[đdygcủp](?<!\w.)(?<!theo .)(?<!xét .)(?<!được .)(?<!nút .)(?<!bàn .)(?<!chuyển .)(?<!trao .)(?<!đã .)"
    r"(?<!phải .)(?<!nhiệm .)(?<!không .)"
    r"(?:(?<=[đd])[ềe]\s+ngh[ịi]|(?<=y)[êe]u\s+c[ầa]u|(?<=g)iao(?:\s+nhi[ệe]m\s+v[ụu])?(?:\s+cho)?"
    r"|(?<=c)h[ỉi]\s+th[ịi]|(?<=ủ)y\s+quyền\s+cho|(?<=p)(?<!\w\sp)hân\s+công)\s+"
    r"(?!c[ủu]a\b|(?<=giao\s)th[ôo]ng\b|d[ịi]ch\b|nhi[ệe]m\b|l[ưu]u\b|k[ếe]t\b)"
)

#: A passive's agent right before a request's verb: the request was made to someone else, and
#: this one only names the work it gave (``Cụ thể hóa các nhiệm vụ *được Ủy ban nhân dân tỉnh*
#: giao cho Sở tại Kế hoạch số 58/KH-UBND``). The agent is a body, written with its capital or
#: as a plural; searched at the end of the text before the verb, on ``canon`` text.
AGENT_BEFORE_RE = re.compile(
    r"(?<!\w)được\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]\S*|các)"
    r"(?:\s+[^\s,;.:]+){0,9}\s+$"
)

#: What makes a request that follows it one proposed to a superior, not made (``Sở Xây dựng
#: *tham mưu* Ủy ban nhân dân cấp tỉnh giao nhiệm vụ cho các cơ quan ...``): matched on the clause
#: before the request's verb, up to it. Lower case, on ``canon_lower`` text.
PROPOSED_BEFORE_RE = re.compile(
    r"(?<!\w)(?:tham\s+mưu|đề\s+xuất|kiến\s+nghị|(?<!quá\s)(?<!chương\s)(?<!lộ\s)(?<!công\s)(?<!tờ\s)trình)"
    r"(?!\w)[^.;:,]*$"
)

#: A deputy a request names as its owner (``Giao Phó Thủ tướng Chính phủ Lương Minh Khải trực
#: tiếp chỉ đạo``, ``Giao đồng chí Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực nông nghiệp ...``):
#: named so, a deputy is asked to act, though a deputy named elsewhere is not taken (see
#: UNIT_START_RE). ``name`` starts at ``Phó``. Case-sensitive, on ``canon`` text after the verb.
ASSIGNED_DEPUTY_RE = re.compile(
    r"(?:[Đđ]ồng\s+chí\s+)?(?P<name>Phó\s+(?:Thủ\s+tướng|Chủ\s+tịch|Giám\s+đốc|Trưởng\s+[Bb]an|Bí\s+thư"
    r"|Chánh\s+Văn\s+phòng|Tổng\s+Giám\s+đốc|Cục\s+trưởng|Vụ\s+trưởng))(?!\w)"
)

#: ``đồng chí`` before a position named with its capital: the person holding it (``Yêu cầu *đồng
#: chí* Giám đốc Sở Khoa học và Công nghệ nghiêm túc kiểm điểm``, ``*Đồng chí* Phó Chủ tịch UBND
#: tỉnh Trần Văn An trực tiếp chỉ đạo ...``), the word left out of the name. Case-sensitive after
#: it, on ``canon`` text.
COMRADE_RE = re.compile(r"\s*(?:[Cc]ác\s+)?(?:[Đđ]ồng\s+chí|[Đđ]/c)\s+(?=[A-ZĐ])")

#: How a letter addresses its recipients after a verb of request, without naming them: ``Đề
#: nghị quý cơ quan nghiên cứu``, ``Kính mời các đồng chí``, ``Đề nghị Quý Sở``. The ones
#: asked are then the Kính gửi recipients. Lower case, on ``canon_lower`` text.
ADDRESS_FORM_RE = re.compile(r"(?:các\s+)?(?:quý\s+(?!\d|[ivx]+\b)\w+|đồng\s+chí)(?!\w)")

#: What may come before a request that names nobody in its sentence (``Đề nghị bổ sung nội
#: dung sau``, ``Do đó, đề nghị khẩn trương báo cáo``): nothing, a connective, or ``kính``.
#: Lower case, matched whole on the stripped text between the sentence's start and the verb.
ASK_OPENER_RE = re.compile(
    r"(?:(?:do\s+đó|vì\s+vậy|đồng\s+thời|ngoài\s+ra|mặt\s+khác|tuy\s+nhiên),?\s*)?(?:kính)?"
)

#: A paragraph whose request is to send something back, the recipients being the ones to send
#: it: ``Ý kiến xin gửi về Bộ Tài chính trước ngày 11/02/2025``, ``Báo cáo gửi về Sở Nội vụ
#: trước ngày ...``. Lower case, on ``canon_lower`` text, at the paragraph's start.
SEND_BACK_RE = re.compile(
    r"\s*(?:ý\s+kiến|văn\s+bản|báo\s+cáo|số\s+liệu|hồ\s+sơ|danh\s+sách|kết\s+quả)\b"
    r"[^.;]{0,60}?(?<!đã\s)(?:(?:xin|đề\s+nghị)\s+)?gửi\s+về(?!\w)"
)

#: Where a sentence tells what a cited letter asked (``Thực hiện Công văn số ...; trong đó, Bộ
#: Nội vụ đề nghị ...``): the request is recounted, not made. Lower case, on ``canon_lower``.
RECOUNTED_RE = re.compile(r"(?<!\w)trong\s+đó(?!\w)")

#: A date opening a clause (``Ngày 19 tháng 9 năm 2013, Văn phòng Chính phủ có văn bản ...
#: yêu cầu ...``, ``..., ngày 16/8/2018 Bộ ... đã có Công văn ... đề nghị ...``): the sentence
#: tells a dated event. A cited letter's date follows its number, a deadline's its word
#: (``trước ngày``); neither opens a clause. Lower case, on ``canon_lower`` text.
DATED_EVENT_RE = re.compile(
    r"(?:^|[,;.:]\s*)(?:vào\s+)?ngày\s+\d{1,2}\s*(?:/|tháng)\s*\d{1,2}\s*(?:/|năm)\s*\d{4}"
)

#: A letter sent before, whose request the sentence goes on to tell: ``Sở Nội vụ đã có Công văn
#: số 100/SNV-TCBC ngày 01/11/2026 đề nghị các cơ quan góp ý``. Lower case, on ``canon_lower``.
PAST_LETTER_RE = re.compile(
    r"(?<!\w)đã\s+(?:có|ban\s+hành|gửi|ký)\s+(?:công\s+văn|văn\s+bản|tờ\s+trình|báo\s+cáo"
    r"|thông\s+báo|quyết\s+định|kế\s+hoạch|giấy\s+mời)(?!\w)"
)

#: Acts that only ask the recipient's judgement, left to the formula of a submission's close
#: (``Kính trình UBND tỉnh xem xét, quyết định./.``): no request of their own. On the ``acts``
#: group of SUBMIT_RE, lower case.
VERDICT_ONLY_RE = re.compile(
    r"(?:[\s,]|và|quyết\s+định|chỉ\s+đạo|cho\s+ý\s+kiến|có\s+ý\s+kiến|giải\s+quyết|phê\s+duyệt)*"
)
