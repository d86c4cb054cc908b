def log = new File(basedir, 'build.log').text
assert log.contains('module path: ok:')
return true
