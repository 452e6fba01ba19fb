using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.BuildingBlocks.Localization;

public static class LocalizationRegistration
{
    /// <summary>
    /// The wording of every code from the given projects' resources (this one's included). FluentValidation
    /// keeps its English messages: they are the English text, and other languages are worded by code.
    /// </summary>
    public static IServiceCollection AddWording(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        ValidatorOptions.Global.LanguageManager.Enabled = false;
        services.AddSingleton(TextCatalogue.Load(assemblies.Prepend(typeof(Wording).Assembly)));
        services.AddSingleton<Wording>();
        return services;
    }
}
