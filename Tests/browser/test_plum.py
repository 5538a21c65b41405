"""Positions from OPM's PLUM export, converted as `sesplan import-plum` converts them."""
import csv
import io

from helpers import Client

PLUM = "\n".join([
    "AgencyName,OrganizationName,PositionTitle,PositionStatus,AppointmentTypeDescription,ExpirationDate,LevelGradePay,"
    "Location,PaymentPlanDescription,Tenure,IncumbentBeginDate,IncumbentVacateDate",
    'SMALL AGENCY,OFFICE OF THE DIRECTOR,DEPUTY DIRECTOR,Filled,NA,,"$200,000","Washington, DC",ES,,,',
    'SMALL AGENCY,OFFICE OF OPERATIONS,CHIEF FINANCIAL OFFICER,Filled,CA,,,"ARLINGTON, VA",ES,,,',
    'SMALL AGENCY,OFFICE OF OPERATIONS,"DIRECTOR, FIELD OPERATIONS",Vacant,CA,,,"DALLAS, TX",ES,,,',
    'OTHER AGENCY,OFFICE,ANALYST,Filled,CA,,,"DENVER, CO",GS,,,',
]) + "\n"


def test_positions_from_a_plum_export(base_url):
    client = Client(base_url, name="PLUM Importer")
    scenario = client.create_scenario("From PLUM")
    client.post(f"/scenarios/{scenario}/plum", {"version": client.version(scenario), "agency": "small agency"},
                {"plum": ("plum.csv", PLUM)})
    positions = list(csv.DictReader(io.StringIO(client.get(f"/scenarios/{scenario}/files/positions/download").text)))
    assert [p["title"] for p in positions] == ["DEPUTY DIRECTOR", "CHIEF FINANCIAL OFFICER", "DIRECTOR, FIELD OPERATIONS"]
    assert {p["designation"] for p in positions} == {"general"}
    history = client.get(f"/scenarios/{scenario}/history").text
    assert "imported positions from a PLUM export" in history and "3 SES General positions" in history


def test_a_bad_plum_export_changes_nothing(base_url):
    client = Client(base_url, name="PLUM Importer")
    scenario = client.create_scenario("Bad PLUM")
    version = client.version(scenario)
    response = client.post(f"/scenarios/{scenario}/plum", {"version": version}, {"plum": ("plum.csv", "AgencyName,Location\nA,B\n")},
                           expect=(422,))
    assert "missing columns" in response.text and "Nothing was changed" in response.text
    assert client.version(scenario) == version
