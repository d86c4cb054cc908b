// Copies the checks shared by every consumer project (one source: ../common; the real report from examples) into this clone.
def common = new File(commonDir)
def java = new File(basedir, 'src/main/java/consumer')
def resources = new File(basedir, 'src/main/resources')
java.mkdirs()
resources.mkdirs()
new File(java, 'ConsumerChecks.java').bytes = new File(common, 'ConsumerChecks.java').bytes
['real-report.json', 'nine-point-self-inspection.txt'].each {
  new File(resources, it).bytes = new File(fixturesDir, it).bytes
}
return true
