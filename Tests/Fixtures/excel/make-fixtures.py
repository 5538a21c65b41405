#!/usr/bin/env python3
"""Makes the spreadsheet fixtures of the Excel tests with openpyxl (pip install openpyxl==3.1.5),
a spreadsheet writer independent of the tool's own, so the reader is tested on files it did not write."""
import datetime
import openpyxl

wb = openpyxl.Workbook()
ex = wb.active
ex.title = "Executives"
ex.append(["id", "name", "appointment", "agency", "component", "position_id", "position_start", "ses_start",
           "ecq1", "ecq2", "ecq3", "ecq4", "ecq5", "willing_relocate"])
ex.append(["E1", "Ada Lovelace", "career", "DOE", "Science", "P1", datetime.date(2021, 6, 1), datetime.date(2015, 3, 2), 4, 4, 3, 5, 4, True])
ex.append(["E2", "Grace Hopper", "CA", "DOE", "Ops", "P2", "6/1/2023", "2019-01-07", 3, 3, 3, 3, 3, False])
ex.append(["E3", "Unplaced Graduate", "career", "DOE", "", None, None, datetime.datetime(2024, 2, 29, 0, 0), 3, 4, 3, 4, 3, "yes"])
ex["G2"].number_format = "mm/dd/yyyy"
ex["H4"].number_format = "yyyy-mm-dd hh:mm"
pos = wb.create_sheet("Positions")
pos.append(["id", "title", "agency", "component", "location", "designation", "priority"])
pos.append(["P1", "Director of Science", "DOE", "Science", "Germantown, MD", "general", 5])
pos.append(["P2", "Director of Operations", "DOE", "Ops", "Washington, DC", "career_reserved", 3])
pos.append(["P3", "Field Manager", "DOE", "Field", "Lakewood, CO", "general", 7])
wb.save("inputs.xlsx")

bad = openpyxl.Workbook()
sheet = bad.active
sheet.title = "Executives"
sheet.append(["id", "name", "appointment", "agency", "ecq1", "position_start"])
sheet.append(["E1", "A", "career", "DOE", 7, "2021-01-01"])
sheet.append(["E2", "B", "career", "DOE", 3, "31/12/2021"])
bad.save("bad.xlsx")

# As Excel itself writes: shared strings (one with rich-text runs and preserved spaces), a date
# style from the built-in format 14, a boolean, a 1904-based workbook, a namespace prefix on
# every element, and a sheet reached through a relationship id that is not its position.
import zipfile
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Notes" sheetId="1" r:id="rId7"/><x:sheet name="Moves" sheetId="2" r:id="rId3"/></x:sheets></x:workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
    "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6"><x:si><x:t>executive_id</x:t></x:si><x:si><x:t>to_position_id</x:t></x:si><x:si><x:t xml:space="preserve"> E1 </x:t></x:si><x:si><x:r><x:t>P</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>2</x:t></x:r></x:si><x:si><x:t>effective</x:t></x:si><x:si><x:t>a note &amp; more</x:t></x:si></x:sst>',
    "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    "xl/worksheets/sheet2.xml": '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c r="D2" t="s"><x:v>4</x:v></x:c><x:c r="E2" t="str"><x:v>flag</x:v></x:c></x:row><x:row r="4"><x:c r="B4" t="s"><x:v>2</x:v></x:c><x:c r="C4" t="s"><x:v>3</x:v></x:c><x:c r="D4" s="1"><x:v>43982.75</x:v></x:c><x:c r="E4" t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
}
with zipfile.ZipFile("shared-strings.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), text)
