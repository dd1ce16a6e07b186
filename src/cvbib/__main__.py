from cvbib.cli import main

main()
