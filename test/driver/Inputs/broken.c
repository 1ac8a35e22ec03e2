// Does not compile.
int broken(void) { return 1 }
