/**
 * What every module uses: the layout, security configuration, error handling, the clock, the
 * embedded database of the default run and small value helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dvc.portal.shared;
