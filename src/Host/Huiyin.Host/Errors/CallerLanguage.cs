using System.Globalization;
using Huiyin.BuildingBlocks.Localization;
using Huiyin.BuildingBlocks.Modules;
using Microsoft.AspNetCore.Localization;

namespace Huiyin.Host.Errors;

internal static class CallerLanguage
{
    /// <summary>
    /// Answers in zh-CN unless the caller's Accept-Language asks for English, worded from the resources of the
    /// shared kernel, every module and the host. Only the language follows the caller: numbers and dates keep the
    /// server's formatting.
    /// </summary>
    public static void AddCallerLanguage(this IServiceCollection services, IReadOnlyList<IModule> modules)
    {
        services.AddWording(modules.Select(module => module.GetType().Assembly).Append(typeof(CallerLanguage).Assembly));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var server = CultureInfo.CurrentCulture;
            options.DefaultRequestCulture = new RequestCulture(server, new CultureInfo(Wording.ZhCn));
            options.SupportedCultures = [server];
            options.SupportedUICultures = [new CultureInfo(Wording.ZhCn), new CultureInfo(Wording.English)];
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });
    }
}
