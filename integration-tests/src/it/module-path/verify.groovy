def log = new File(basedir, 'build.log').text
assert log.contains('module path: ok:')
assert log =~ /import diagnostic: import\.\S+ .*\p{IsHan}/
return true
