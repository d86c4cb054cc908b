@echo off
rem jianshi: runs jianshi.jar, which lies beside this script, with Java 17 or later:
rem %JAVA_HOME%\bin\java when JAVA_HOME is set, else the java on the PATH.
rem Extra JVM options: JIANSHI_JAVA_OPTS.
setlocal
set "JIANSHI_JAVA=java"
if defined JAVA_HOME set "JIANSHI_JAVA=%JAVA_HOME%\bin\java"
"%JIANSHI_JAVA%" %JIANSHI_JAVA_OPTS% -jar "%~dp0jianshi.jar" %*
exit /b %ERRORLEVEL%
