namespace pd {}
