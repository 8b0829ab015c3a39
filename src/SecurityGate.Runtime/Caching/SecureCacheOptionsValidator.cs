using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;

namespace SecurityGate.Runtime;

/// <summary>Validates <see cref="SecureCacheOptions"/> and reports every error at once.</summary>
internal sealed class SecureCacheOptionsValidator : IValidateOptions<SecureCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, SecureCacheOptions options)
    {
        var errors = new List<string>();
        Range(errors, nameof(options.KeyVersion), options.KeyVersion, 1, 999_999);
        Range(errors, nameof(options.MaxKeyLength), options.MaxKeyLength, CacheKey.MinMaxLength, 65_536);
        Range(errors, nameof(options.MaxValueBytes), options.MaxValueBytes, 1, 1 << 30);
        Range(errors, nameof(options.MaxEncryptionsPerSubkey), options.MaxEncryptionsPerSubkey, 1, 1L << 32);
        Range(errors, nameof(options.DefaultExpiration), options.DefaultExpiration, TimeSpan.FromTicks(1), TimeSpan.MaxValue);
        Range(errors, nameof(options.KeyRefreshInterval), options.KeyRefreshInterval, TimeSpan.Zero, TimeSpan.FromDays(1));
        Range(errors, nameof(options.SubkeyLifetime), options.SubkeyLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        Range(errors, nameof(options.MaxKeyAge), options.MaxKeyAge, TimeSpan.FromTicks(1), TimeSpan.MaxValue);
        Range(errors, nameof(options.CheckpointExpiration), options.CheckpointExpiration, TimeSpan.FromTicks(1), TimeSpan.MaxValue);
        Range(errors, nameof(options.MaxCheckpointVersions), options.MaxCheckpointVersions, 1, 1000);
        if (options.SerializerOptions is null)
        {
            errors.Add("SecureCacheOptions.SerializerOptions is null; keep the default or set a JsonSerializerOptions instance.");
        }

        if (!options.UsesKeyProvider)
        {
            ValidateKeys(errors, options);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateKeys(List<string> errors, SecureCacheOptions options)
    {
        if (options.Keys.Count == 0)
        {
            errors.Add("SecureCacheOptions.Keys is empty; add at least one 32-byte key (base64) or register an IEncryptionKeyProvider with AddSecureCache<TKeyProvider>.");
        }

        foreach (var key in options.Keys)
        {
            var idError = EncryptionKey.ValidateId(key.Id);
            if (idError is not null)
            {
                errors.Add(idError);
            }

            try
            {
                OptionsEncryptionKeyProvider.DecodeMaterial(key);
            }
            catch (FormatException exception)
            {
                errors.Add(exception.Message);
            }
        }

        foreach (var duplicate in options.Keys.GroupBy(key => key.Id, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            errors.Add($"The encryption key id '{duplicate.Key}' occurs {duplicate.Count()} times in SecureCacheOptions.Keys; each key needs its own id.");
        }

        if (string.IsNullOrEmpty(options.CurrentKeyId))
        {
            errors.Add("SecureCacheOptions.CurrentKeyId is not set; set it to the id of the key that encrypts new entries.");
        }
        else if (options.Keys.Count > 0 && options.Keys.All(key => key.Id != options.CurrentKeyId))
        {
            errors.Add($"SecureCacheOptions.CurrentKeyId '{options.CurrentKeyId}' is not the id of any key in SecureCacheOptions.Keys.");
        }
    }

    private static void Range<T>(List<string> errors, string name, T value, T minimum, T maximum)
        where T : IComparable<T>
    {
        if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
        {
            var upper = maximum.Equals(TimeSpan.MaxValue) ? "no upper limit" : $"at most {maximum}";
            errors.Add($"SecureCacheOptions.{name} is {value}; it must be at least {minimum}, {upper}.");
        }
    }
}
