@echo off
rem The learner's front door on Windows: workshop help lists the commands.
rem Needs only a JDK 21 or newer; the Maven Wrapper fetches everything else on first run.
setlocal EnableExtensions EnableDelayedExpansion

set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "MODULE=tool"
set "CLASSES=%ROOT%\%MODULE%\target\classes"
set "CLASSPATH_FILE=%ROOT%\%MODULE%\target\classpath.txt"
set "STAMP=%ROOT%\%MODULE%\target\workshop.stamp"
set "ARGS_FILE=%ROOT%\%MODULE%\target\workshop.args"

rem JAVA_HOME, else java on the PATH, else the newest JDK 21+ in the usual install folders.
set "JDK="
if defined JAVA_HOME call :qualifies "%JAVA_HOME%" && set "JDK=%JAVA_HOME%"
if not defined JDK (
  for /f "delims=" %%j in ('where java 2^>nul') do (
    if not defined JDK (
      for %%h in ("%%~dpj..") do call :qualifies "%%~fh" && set "JDK=%%~fh"
    )
  )
)
if not defined JDK (
  for /d %%h in ("%ProgramFiles%\Eclipse Adoptium\jdk-*" "%ProgramFiles%\Java\jdk-*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\zulu-*" "%ProgramFiles%\Amazon Corretto\jdk*") do (
    call :qualifies "%%~fh" && set "JDK=%%~fh"
  )
)
if not defined JDK (
  echo eventlings needs a JDK 21 or newer: install one ^(e.g. Temurin 21 from https://adoptium.net^) and point JAVA_HOME at it, e.g. setx JAVA_HOME "C:\Program Files\Eclipse Adoptium\jdk-21". 1>&2
  exit /b 1
)
set "JAVA_HOME=%JDK%"
call :feature "%JDK%"
set "JAVA_FEATURE=%FEATURE%"

rem First run, or the kit, the command or a pom changed since the last build.
set "BUILD="
if not exist "%STAMP%" set "BUILD=yes"
if not exist "%CLASSPATH_FILE%" set "BUILD=yes"
if not defined BUILD (
  powershell -NoProfile -NonInteractive -Command ^
    "$stamp = (Get-Item -LiteralPath '%STAMP%').LastWriteTime;" ^
    "$changed = Get-ChildItem -LiteralPath '%ROOT%\checkers','%ROOT%\%MODULE%\src' -Recurse -File | Where-Object { $_.FullName -notmatch '\\target\\' -and $_.LastWriteTime -gt $stamp } | Select-Object -First 1;" ^
    "$poms = Get-Item -LiteralPath '%ROOT%\pom.xml','%ROOT%\labs\pom.xml','%ROOT%\%MODULE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $stamp };" ^
    "if ($changed -or $poms) { exit 1 } else { exit 0 }" >nul 2>&1 || set "BUILD=yes"
)
if defined BUILD (
  echo Preparing the workshop ^(first run only^)...
  pushd "%ROOT%"
  call mvnw.cmd -q -B -Pall install -DskipTests -pl %MODULE% -am
  set "BUILT=!ERRORLEVEL!"
  popd
  if not "!BUILT!"=="0" (
    echo The workshop could not be built: run mvnw.cmd -B -Pall install -DskipTests -pl %MODULE% -am to see why, and workshop doctor to check your setup. 1>&2
    exit /b 1
  )
  del "%ARGS_FILE%-jdk*" 2>nul
  type nul > "%STAMP%"
)

rem The class path is thousands of characters, more than a cmd.exe line holds (8,191): it goes to a java argument
rem file, with the JVM's options (the C1 compiler and the serial GC for a short-lived JVM, Mockito as an agent,
rem native access, and on JDK 24+ quiet sun.misc.Unsafe), written once per build and JDK by the JDK itself.
set "ARGS_FILE=%ARGS_FILE%-jdk%JAVA_FEATURE%"
if not exist "%ARGS_FILE%" (
  "%JDK%\bin\java.exe" -cp "%CLASSES%" eventlings.workshop.engine.ArgumentFile "%CLASSPATH_FILE%" "%CLASSES%" "%ARGS_FILE%"
  if errorlevel 1 exit /b 1
)

rem Colour only on a console, never into a pipe: the Java side asks the console itself (and honours NO_COLOR).
if not defined NO_COLOR set "EVENTLINGS_COLOR=auto"

"%JDK%\bin\java.exe" "@%ARGS_FILE%" "-Deventlings.root=%ROOT%" eventlings.workshop.cli.Main %*
exit /b %ERRORLEVEL%

rem Succeeds when the folder holds a java 21+ and a javac.
:qualifies
if not exist "%~1\bin\java.exe" exit /b 1
if not exist "%~1\bin\javac.exe" exit /b 1
call :feature "%~1"
if not defined FEATURE exit /b 1
if %FEATURE% GEQ 21 exit /b 0
exit /b 1

rem Sets FEATURE to the JDK's feature version (17, 21, 25) from its release file, or leaves it empty.
:feature
set "FEATURE="
if not exist "%~1\release" exit /b 0
for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%~1\release"') do set "RAW=%%~v"
for /f "tokens=1,2 delims=." %%a in ("%RAW%") do (
  if "%%a"=="1" (set "FEATURE=%%b") else (set "FEATURE=%%a")
)
exit /b 0
