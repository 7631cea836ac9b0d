"""De eigen tests van dit Huis (`make test`): de controle slaagt en de site bouwt.

Met unittest uit Python zelf, zodat er niets extra te installeren is. Voeg gerust een test toe,
bijvoorbeeld dat een pagina die je belangrijk vindt op de site staat.
"""

import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HUIS = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*command: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=HUIS, env={**os.environ, **env}, capture_output=True, text=True, timeout=900)


class HuisTest(unittest.TestCase):
    def test_de_controle_slaagt(self):
        result = run(str(BIN / "zondermuren"), "check")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_de_site_bouwt(self):
        with tempfile.TemporaryDirectory() as site:
            # Zonder drukwerk: dat is sneller, en `make site` maakt het toch.
            result = run(str(BIN / "mkdocs"), "build", "--strict", "--site-dir", site, ZONDERMUREN_DRUKWERK="uit")
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertTrue((Path(site) / "index.html").is_file())
            self.assertTrue((Path(site) / "over-ons" / "index.html").is_file())


if __name__ == "__main__":
    unittest.main()
