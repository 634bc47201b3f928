from adsapi.cli import main

main()
