using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Persistence;

/// <summary>
/// The default a migration gave a column it added to a table that already had rows, stated in the model so the model
/// and the migrated database agree. The app still writes every value itself: without <c>ValueGeneratedNever</c> EF
/// would leave out a <c>false</c> or <c>0</c> on insert and let the default replace it.
/// </summary>
internal static class ExistingRowsDefault
{
    public static PropertyBuilder<T> HasExistingRowsDefault<T>(this PropertyBuilder<T> property, object value) =>
        property.HasDefaultValue(value).ValueGeneratedNever();
}
