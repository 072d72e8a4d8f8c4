package finmetrics.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints one line, {@code finmetrics: <message>}, instead of a stack trace, and exits 1. */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    cli.getErr().println("finmetrics: " + describe(e));
    if (parsed.hasMatchedOption("--stacktrace")
        || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--stacktrace"))) {
      e.printStackTrace(cli.getErr());
    }
    cli.getErr().flush();
    return 1;
  }

  static String describe(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return cause.getMessage() + ": no such file or folder";
    }
    if (cause instanceof AccessDeniedException) {
      return cause.getMessage() + ": permission denied";
    }
    if (cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException) {
      return ((FileSystemException) cause).getFile() + ": not a folder (--out needs a folder)";
    }
    if (cause instanceof FileSystemException && ((FileSystemException) cause).getReason() != null) {
      FileSystemException fse = (FileSystemException) cause;
      return fse.getFile() + ": " + fse.getReason();
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
