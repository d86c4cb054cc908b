def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert log =~ /jackson-core on the class path: 3\.1\./ : 'the ledger ran on the jackson-core Spring Boot 4.0 manages'
return true
