using System.Diagnostics;

namespace Huiyin.TestKit;

/// <summary>
/// A throwaway mail server from Debian's <c>python3-aiosmtpd</c> package (<c>smtp_sink.py</c>), on a free loopback port, that
/// keeps each message it accepts as a file in its own folder; stopped by its process id and its folder removed at the end.
/// A missing package fails the test with what to install: a test that needs a mail server never skips.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";

    private readonly Process _process;

    private SmtpServer(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    /// <summary>Where each accepted message is written as it arrived (<c>*.eml</c>).</summary>
    public string Folder { get; }

    public static async Task<SmtpServer> StartAsync()
    {
        if (!File.Exists("/usr/lib/python3/dist-packages/aiosmtpd/smtp.py"))
        {
            throw new InvalidOperationException("aiosmtpd is missing: install Debian's python3-aiosmtpd package (apt-get install python3-aiosmtpd); deploy/test.sh does.");
        }

        var port = LoopbackPort.Free();
        var folder = Directory.CreateTempSubdirectory("huiyin-smtp-").FullName;
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "smtp_sink.py"), port.ToString(), folder })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new SmtpServer(Process.Start(start)!, port, folder);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await LoopbackPort.WaitUntilListeningAsync(server._process, port, "smtp_sink.py");
        return server;
    }

    /// <summary>Waits up to 10 s for <paramref name="count"/> messages and answers the paths of all received so far, oldest first.</summary>
    public async Task<IReadOnlyList<string>> ReceivedAsync(int count = 1)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(50))
        {
            var files = Directory.GetFiles(Folder, "*.eml").OrderBy(File.GetCreationTimeUtc).ToList();
            if (files.Count >= count)
            {
                return files;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The mail server received fewer than {count} messages within 10 s.");
    }

    public void Clear()
    {
        foreach (var file in Directory.GetFiles(Folder))
        {
            File.Delete(file);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
