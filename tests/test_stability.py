"""The stability tool's pure parts: the perturbation and the table of largest changes."""

from tools import stability as st


def test_perturbation_drops_and_duplicates_the_same_number_of_records():
    records = [{"id": str(i)} for i in range(300)]
    out = st.perturbed(records, 0.01, seed=1)
    ids = [r["id"] for r in out]
    assert len(out) == 300 and len(set(ids)) == 297  # three dropped, three others twice
    assert out == st.perturbed(records, 0.01, seed=1) and out != st.perturbed(records, 0.01, seed=2)


def test_table_reports_the_largest_change_against_the_first_run():
    runs = [st.Run("seed 0", {"NG": 0.80, "RT test": 0.85}, 40),
            st.Run("seed 1", {"NG": 0.83, "RT test": 0.85}, 43),
            st.Run("seed 2", {"NG": 0.79, "RT test": 0.84}, 47)]
    text = st.table(runs)
    assert "| max delta | 0.030 | 0.010 | 7 |" in text
    assert "outside the target" in text
    assert "within the target" in st.table(runs[:1])
