using Serilog;
using Serilog.Formatting.Compact;

namespace Huiyin.Host.Logging;

internal static class HuiyinLogging
{
    private const string ReadableTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Structured logs to the console: readable in Development, compact JSON elsewhere (for log collectors).</summary>
    public static void AddHuiyinLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "Huiyin");
            if (builder.Environment.IsDevelopment())
            {
                logger.WriteTo.Console(outputTemplate: ReadableTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }
        });
}
